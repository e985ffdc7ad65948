package uk.nhs.talent.gateway.projection;

import static uk.nhs.talent.gateway.reporting.NationalFigures.DIVERSITY_SERVICE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.ProblemType;
import uk.nhs.talent.events.slsf.SourcePart;
import uk.nhs.talent.gateway.reporting.AggregateParts;
import uk.nhs.talent.gateway.reporting.Part;
import uk.nhs.talent.gateway.reporting.PublishedTables;
import uk.nhs.talent.gateway.reporting.RecentPart;
import uk.nhs.talent.gateway.reporting.ReportParts;
import uk.nhs.talent.gateway.reporting.ReportSettings;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Transitions;
import uk.nhs.talent.gateway.reporting.TurnoverAssumptions;

/**
 * Runs a projection from the pipeline as it stands: asks the services for its starting point (supply, transition
 * history, key posts, open vacancies and, for a characteristic, the published composition), each as a part within
 * the part time-out, then projects every region × role family on a worker thread. Without supply there is
 * nothing to project (503); any other part missing is named, and the projection goes on without it (default rates,
 * or demand from the parts that came).
 */
@ApplicationScoped
public class PipelineProjections {

    private final AggregateParts aggregates;
    private final PublishedTables published;
    private final ReportParts parts;
    private final ReportSettings settings;
    private final TurnoverAssumptions turnover;
    private final RateEstimator estimator = new RateEstimator();
    private final RecentPart<List<LocalDate>, List<Transitions>> history;
    private final Clock clock;

    public PipelineProjections(AggregateParts aggregates, PublishedTables published, ReportParts parts,
            ReportSettings settings, Clock clock) {
        this.aggregates = aggregates;
        this.published = published;
        this.parts = parts;
        this.settings = settings;
        this.turnover = settings.turnoverAssumptions();
        this.history = new RecentPart<>(settings.historyMaxAge());
        this.clock = clock;
    }

    public Uni<ProjectionAnswer> project(ProjectionRequest request) {
        String characteristic = request.characteristic();
        if (characteristic != null && !settings.diversityCharacteristics().contains(characteristic)) {
            throw ApiProblem.invalidField("characteristic", "must be one of " + settings.diversityCharacteristics());
        }
        Scenario scenario = toScenario(request);
        if (characteristic == null && !scenario.groupDevelopmentFactors().isEmpty()) {
            // A group is a category of the characteristic the composition is projected by: without one, no group.
            throw ApiProblem.invalidField("scenario.groupDevelopmentFactors", "needs a characteristic");
        }
        int years = request.yearsOrDefault();
        Instant takenAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> window = historyWindow(today);
        return Uni.combine().all().unis(
                aggregates.supply(),
                history.get(window, takenAt, () -> readHistory(window)),
                aggregates.keyPosts(today),
                aggregates.openVacancies(),
                composition(characteristic))
                .asTuple()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(answered -> {
                    if (!answered.getItem1().isComplete()) {
                        throw ApiProblem.of(ProblemType.UNAVAILABLE, "The pipeline's supply cannot be read now ("
                                + answered.getItem1().reason() + "): there is nothing to project from; retry shortly");
                    }
                    Part<PublishedTables.Quarter> published = answered.getItem5();
                    RecentPart.Read<List<Transitions>> transitions = answered.getItem2();
                    List<CellInput> cells = ProjectionCells.of(answered.getItem1().value(),
                            transitions.part().answer().orElse(null), settings.historyYears(),
                            answered.getItem3().answer().orElse(null), answered.getItem4().answer().orElse(null),
                            turnover, years, characteristic,
                            characteristic == null ? null
                                    : published.answer().map(PublishedTables.Quarter::tables).orElse(List.of()),
                            estimator);
                    NationalResult result = new NationalProjection(ProjectionSettings.forYears(years))
                            .run(cells, scenario);
                    List<SourcePart> sources = new ArrayList<>(List.of(answered.getItem1().source(),
                            transitions.part().source(), answered.getItem3().source(), answered.getItem4().source()));
                    if (characteristic != null) {
                        sources.add(published.source());
                    }
                    return new ProjectionAnswer(takenAt,
                            transitions.part().isComplete() ? transitions.readAt() : null, today, years, characteristic,
                            published.answer().map(PublishedTables.Quarter::period).orElse(null), sources,
                            DefaultRates.STANDARD, scenario, result.england(), result.regions(), result.cells());
                });
    }

    /** Reads the transition history ahead of projections ({@code talent.reports.history-refresh}). */
    @Scheduled(identity = "transition-history", every = "${talent.reports.history-refresh}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> readHistoryAhead() {
        List<LocalDate> window = historyWindow(LocalDate.now(clock));
        return history.refresh(window, clock.instant().truncatedTo(ChronoUnit.MILLIS), () -> readHistory(window))
                .replaceWithVoid();
    }

    /**
     * [from, to) of the history the rates are estimated from: the configured years up to yesterday, as
     * talent-service refuses a window ending after its today, which a clock a little ahead of ours could make it.
     */
    private List<LocalDate> historyWindow(LocalDate today) {
        LocalDate to = today.minusDays(1);
        return List.of(to.minusYears(settings.historyYears()), to);
    }

    private Uni<Part<List<Transitions>>> readHistory(List<LocalDate> window) {
        return aggregates.transitions(window.get(0), window.get(1));
    }

    private static Scenario toScenario(ProjectionRequest request) {
        try {
            return request.toScenario();
        } catch (IllegalArgumentException e) {
            // The model's own checks, beyond the request's bounds; its messages name the field, never a value.
            throw ApiProblem.invalidField("scenario", e.getMessage());
        }
    }

    /** The latest published quarter's REGION tables of the pool stages for the characteristic. */
    private Uni<Part<PublishedTables.Quarter>> composition(String characteristic) {
        if (characteristic == null) {
            return Uni.createFrom().item(Part.complete("composition", DIVERSITY_SERVICE, null,
                    new PublishedTables.Quarter(null, List.of())));
        }
        return parts.of("composition", DIVERSITY_SERVICE, published.latest(List.of(
                new PublishedTables.Wanted(ProjectionCells.POOL_STAGE, characteristic, "REGION"),
                new PublishedTables.Wanted(ProjectionCells.READY_NOW_STAGE, characteristic, "REGION"))));
    }
}
