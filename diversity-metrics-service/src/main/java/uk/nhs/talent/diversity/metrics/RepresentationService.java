package uk.nhs.talent.diversity.metrics;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.nhs.talent.diversity.baselines.WorkforceBaseline;
import uk.nhs.talent.diversity.baselines.WorkforceBaselines;
import uk.nhs.talent.diversity.disclosure.DisclosureRules;
import uk.nhs.talent.diversity.metrics.PublishedFigures.PublishedTable;
import uk.nhs.talent.diversity.periods.FinancialQuarter;

/**
 * Representation tables as published ({@link QuarterPublication}), the rows the caller may see, each beside the
 * current workforce baseline.
 */
@ApplicationScoped
public class RepresentationService {

    private final PublishedFigures published;
    private final QuarterPublication publication;
    private final RowVisibility visibility;
    private final WorkforceBaselines baselines;

    public RepresentationService(PublishedFigures published, QuarterPublication publication,
            RowVisibility visibility, WorkforceBaselines baselines) {
        this.published = published;
        this.publication = publication;
        this.visibility = visibility;
        this.baselines = baselines;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RepresentationReport report(RepresentationQuery query) {
        Predicate<RepresentationFigure> visible = visibleRows(query.breakdown);
        FinancialQuarter period = query.quarter();
        PublishedTable table = published.find(query.stage, query.characteristic, period)
                .orElseThrow(() -> publication.notPublished(period));
        // The baseline as it is now: aggregates uploaded by the platform, not people, so read when asked.
        Optional<WorkforceBaseline> baseline = baselines.of(query.characteristic);
        return new RepresentationReport(query.stage, query.characteristic, period.toString(), query.breakdown,
                table.publishedAt(), query.characteristic.categories(), DisclosureSummary.of(table.rules()),
                baseline.map(WorkforceBaseline::asAt).orElse(null),
                table.figures().stream().filter(visible)
                        .map(figure -> besideBaseline(figure, baseline, table.rules())).toList());
    }

    /** The quarters whose figures are published, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> publishedPeriods() {
        return published.periods().stream().map(FinancialQuarter::toString).toList();
    }

    /** Analysts see every row of the table; a forum lead only their own region's rows of a by-region table. */
    private Predicate<RepresentationFigure> visibleRows(Breakdown breakdown) {
        Predicate<String> regions = visibility.regions(breakdown);
        return figure -> figure.breakdown() == breakdown && regions.test(figure.region());
    }

    /** The figure with its category's share of the workforce its row should reflect, where there is a baseline. */
    private static RepresentationFigure besideBaseline(RepresentationFigure figure,
            Optional<WorkforceBaseline> baseline, DisclosureRules rules) {
        if (baseline.isEmpty() || figure.breakdown() == Breakdown.ROLE_FAMILY
                || RepresentationFigure.TOTAL.equals(figure.category())) {
            return figure;
        }
        return figure.beside(baseline.get().share(figure.region(), figure.level(), figure.category(), rules));
    }
}
