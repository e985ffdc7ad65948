package uk.nhs.talent.diversity.likelihood;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.diversity.disclosure.DisclosureRules;
import uk.nhs.talent.diversity.metrics.Breakdown;
import uk.nhs.talent.diversity.metrics.DisclosureSummary;
import uk.nhs.talent.diversity.metrics.PublishedFigures;
import uk.nhs.talent.diversity.metrics.PublishedFigures.PublishedTable;
import uk.nhs.talent.diversity.metrics.PublishedPopulation;
import uk.nhs.talent.diversity.metrics.QuarterPublication;
import uk.nhs.talent.diversity.metrics.RowVisibility;
import uk.nhs.talent.diversity.periods.FinancialQuarter;

/**
 * Relative likelihoods and the matching audit, computed from the published tables of a quarter only (never from
 * the read model), so that they cannot reveal more than those tables; and who may see which rows of them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LikelihoodService {

    private final PublishedFigures published;
    private final QuarterPublication publication;
    private final RowVisibility visibility;

    public LikelihoodService(PublishedFigures published, QuarterPublication publication,
            RowVisibility visibility) {
        this.published = published;
        this.publication = publication;
        this.visibility = visibility;
    }

    /** Shortlisted against appointed, per row of the breakdown, reference group against focal group. */
    public RelativeLikelihoodReport relativeLikelihood(RelativeLikelihoodQuery query) {
        Breakdown breakdown = query.breakdown.breakdown();
        Predicate<String> visible = visibility.regions(breakdown);
        FinancialQuarter period = query.quarter();
        Indicator indicator = query.indicator;
        PublishedTable shortlisted = table(PublishedPopulation.SHORTLISTED, indicator.characteristic(), period);
        PublishedTable appointed = table(PublishedPopulation.APPOINTED, indicator.characteristic(), period);
        DisclosureRules rules = shortlisted.rules();

        Map<String, PublishedRow> considered = PublishedRows.of(shortlisted.figures(), breakdown, visible);
        Map<String, PublishedRow> selected = PublishedRows.of(appointed.figures(), breakdown, visible);
        List<RelativeLikelihoodFigure> figures = new ArrayList<>(considered.size());
        considered.forEach((region, row) -> figures.add(RelativeLikelihoodFigure.of(indicator, period.toString(),
                query.breakdown, region, PublishedComparison.of(row, selected.get(region),
                        indicator.referenceCategories(), indicator.focalCategories(), rules))));
        return new RelativeLikelihoodReport(indicator, indicator.characteristic(), period.toString(),
                query.breakdown, shortlisted.publishedAt(), indicator.referenceGroup(),
                indicator.referenceCategories(), indicator.focalGroup(), indicator.focalCategories(),
                LikelihoodMethod.KATZ_95, DisclosureSummary.of(shortlisted.rules()), figures);
    }

    /** Ranked against ranked in the top ten, per row of the breakdown and category (not declared left out). */
    public MatchingImpactReport matchingImpact(MatchingImpactQuery query) {
        Breakdown breakdown = query.breakdown.breakdown();
        Predicate<String> visible = visibility.regions(breakdown);
        FinancialQuarter period = query.quarter();
        Characteristic characteristic = query.characteristic;
        PublishedTable ranked = table(PublishedPopulation.RANKED, characteristic, period);
        PublishedTable topTen = table(PublishedPopulation.RANKED_TOP_TEN, characteristic, period);
        DisclosureRules rules = ranked.rules();
        List<String> categories = characteristic.categories().stream()
                .filter(category -> !Characteristic.NOT_DECLARED.equals(category)).toList();

        Map<String, PublishedRow> considered = PublishedRows.of(ranked.figures(), breakdown, visible);
        Map<String, PublishedRow> selected = PublishedRows.of(topTen.figures(), breakdown, visible);
        List<MatchingImpactFigure> figures = new ArrayList<>();
        considered.forEach((region, row) -> {
            Map<String, PublishedCount> n = new LinkedHashMap<>();
            Map<String, PublishedCount> a = new LinkedHashMap<>();
            for (String category : categories) {
                n.put(category, row.count(List.of(category)));
                a.put(category, selected.get(region).count(List.of(category)));
            }
            for (AdverseImpact.GroupImpact group : AdverseImpact.assess(n, a, rules)) {
                figures.add(MatchingImpactFigure.of(characteristic, period.toString(), query.breakdown, region,
                        group));
            }
        });
        return new MatchingImpactReport(characteristic, period.toString(), query.breakdown, ranked.publishedAt(),
                MatchingImpactReport.FOUR_FIFTHS, LikelihoodMethod.KATZ_95, DisclosureSummary.of(ranked.rules()),
                figures);
    }

    private PublishedTable table(PublishedPopulation population, Characteristic characteristic,
            FinancialQuarter period) {
        return published.find(population, characteristic, period)
                .orElseThrow(() -> publication.notPublished(period));
    }
}
