package uk.nhs.talent.diversity.metrics;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.security.Caller;
import uk.nhs.talent.commons.security.Roles;
import uk.nhs.talent.diversity.disclosure.DisclosureControl;
import uk.nhs.talent.diversity.metrics.PublishedFigures.PublishedTable;
import uk.nhs.talent.diversity.periods.FinancialQuarter;

/**
 * Representation tables: each computed once, when first asked for after its quarter is closed, protected across
 * all its breakdowns, and served as published from then on.
 */
@ApplicationScoped
public class RepresentationService {

    private final StageCounts counts;
    private final PublishedFigures published;
    private final DisclosureSettings settings;
    private final Caller caller;
    private final Clock clock;

    public RepresentationService(StageCounts counts, PublishedFigures published, DisclosureSettings settings,
            Caller caller, Clock clock) {
        this.counts = counts;
        this.published = published;
        this.settings = settings;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public RepresentationReport report(RepresentationQuery query) {
        Predicate<RepresentationFigure> visible = visibleRows(query.breakdown);
        FinancialQuarter period = query.quarter();
        Instant publication = period.end().plus(settings.publishAfter());
        if (clock.instant().isBefore(publication)) {
            // Figures of an open quarter would change as people move: before and after one person, a difference.
            throw ApiProblem.notFound("The figures of " + period + " are published from " + publication);
        }
        PublishedTable table = published.find(query.stage, query.characteristic, period).orElseGet(() -> {
            List<RepresentationTables.TableFigure> figures = new RepresentationTables(
                    query.characteristic.categories()).protect(
                            counts.count(query.stage, query.characteristic, period),
                            new DisclosureControl(settings.rules()));
            published.publish(query.stage, query.characteristic, period, clock.instant(), figures);
            return published.find(query.stage, query.characteristic, period).orElseThrow();
        });
        return new RepresentationReport(query.stage, query.characteristic, period.toString(), query.breakdown,
                table.publishedAt(), query.characteristic.categories(), DisclosureSummary.of(settings),
                table.figures().stream().filter(visible).toList());
    }

    /** The quarters whose figures are published, oldest first: closed, past the delay, with anyone in them. */
    public List<String> publishedPeriods() {
        Instant now = clock.instant();
        return counts.periods().stream()
                .filter(period -> !now.isBefore(period.end().plus(settings.publishAfter())))
                .map(FinancialQuarter::toString)
                .toList();
    }

    /** Analysts see every row of the table; a forum lead only their own region's rows of a by-region table. */
    private Predicate<RepresentationFigure> visibleRows(Breakdown breakdown) {
        Predicate<RepresentationFigure> ofTable = figure -> figure.breakdown() == breakdown;
        if (caller.hasRole(Roles.NATIONAL_ANALYST)) {
            return ofTable;
        }
        String region = caller.region().orElseThrow(
                () -> ApiProblem.forbidden("A forum lead's token names no region"));
        if (!breakdown.byRegion()) {
            throw ApiProblem.forbidden("Forum leads see the REGION and REGION_BY_LEVEL breakdowns of their region");
        }
        return ofTable.and(figure -> region.equals(figure.region()));
    }
}
