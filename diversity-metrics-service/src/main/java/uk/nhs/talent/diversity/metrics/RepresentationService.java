package uk.nhs.talent.diversity.metrics;

import java.util.List;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.security.Caller;
import uk.nhs.talent.diversity.metrics.PublishedFigures.PublishedTable;
import uk.nhs.talent.diversity.periods.FinancialQuarter;

/** Representation tables as published ({@link QuarterPublication}), and who may see which rows of them. */
@ApplicationScoped
public class RepresentationService {

    private final PublishedFigures published;
    private final QuarterPublication publication;
    private final Caller caller;

    public RepresentationService(PublishedFigures published, QuarterPublication publication, Caller caller) {
        this.published = published;
        this.publication = publication;
        this.caller = caller;
    }

    @Transactional
    public RepresentationReport report(RepresentationQuery query) {
        Predicate<RepresentationFigure> visible = visibleRows(query.breakdown);
        FinancialQuarter period = query.quarter();
        PublishedTable table = published.find(query.stage, query.characteristic, period).orElseThrow(
                () -> ApiProblem.notFound(publication.due(period) ? "No figures are published for " + period
                        : "The figures of " + period + " are published from " + publication.publicationDate(period)));
        return new RepresentationReport(query.stage, query.characteristic, period.toString(), query.breakdown,
                table.publishedAt(), query.characteristic.categories(), DisclosureSummary.of(table.rules()),
                table.figures().stream().filter(visible).toList());
    }

    /** The quarters whose figures are published, oldest first. */
    @Transactional
    public List<String> publishedPeriods() {
        return published.periods().stream().map(FinancialQuarter::toString).toList();
    }

    /** Analysts see every row of the table; a forum lead only their own region's rows of a by-region table. */
    private Predicate<RepresentationFigure> visibleRows(Breakdown breakdown) {
        Predicate<String> region = VisibleRegions.of(caller, breakdown);
        return figure -> figure.breakdown() == breakdown && region.test(figure.region());
    }
}
