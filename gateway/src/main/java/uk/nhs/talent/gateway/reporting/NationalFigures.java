package uk.nhs.talent.gateway.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import uk.nhs.talent.events.slsf.RecruitmentFigures;
import uk.nhs.talent.events.slsf.SourcePart;
import uk.nhs.talent.events.slsf.StageComposition;
import uk.nhs.talent.events.slsf.SupplyDemandFigures;
import uk.nhs.talent.events.slsf.SupplyDemandSnapshot;

/**
 * Takes the national supply-and-demand figures: asks the services for every part at once, each within the part
 * time-out, and composes what came back. A part that does not come back in time, or fails, is named as missing
 * with its reason; the rest of the figures are still given.
 */
@ApplicationScoped
@Startup // made at start, so that a wrong turnover assumption stops the gateway rather than fail each report
public class NationalFigures {

    public static final String TALENT_SERVICE = "talent-service";
    public static final String VACANCY_SERVICE = "vacancy-service";
    public static final String DIVERSITY_SERVICE = "diversity-metrics-service";

    private final AggregateParts aggregates;
    private final PublishedTables published;
    private final ReportSettings settings;
    private final ReportParts parts;
    private final TurnoverAssumptions turnover;
    private final Clock clock;

    public NationalFigures(AggregateParts aggregates, PublishedTables published, ReportSettings settings,
            ReportParts parts, Clock clock) {
        this.aggregates = aggregates;
        this.published = published;
        this.settings = settings;
        this.parts = parts;
        this.turnover = settings.turnoverAssumptions();
        this.clock = clock;
    }

    /** Today's date where the figures are taken (UTC): what a report or snapshot taken now is as of. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The figures as of {@code referenceDate}: supply, key posts and open vacancies as they stand, recruitment over
     * the year to the reference date, diversity from the latest published quarter.
     */
    public Uni<SupplyDemandSnapshot> asOf(LocalDate referenceDate) {
        return Uni.combine().all()
                .unis(supplyDemand(referenceDate), recruitment(referenceDate), diversity())
                .asTuple()
                .map(sections -> {
                    Section<List<StageComposition>> stages = sections.getItem3();
                    List<SourcePart> sources = new ArrayList<>(sections.getItem1().sources());
                    sources.addAll(sections.getItem2().sources());
                    sources.addAll(stages.sources());
                    return new SupplyDemandSnapshot(referenceDate, recruitmentFrom(referenceDate), referenceDate,
                            stages.period(), sources, turnover.asList(), sections.getItem1().rows(),
                            sections.getItem2().rows(), stages.rows());
                });
    }

    /** Supply against demand per region × role family × level, as things stand on {@code referenceDate}. */
    public Uni<Section<List<SupplyDemandFigures>>> supplyDemand(LocalDate referenceDate) {
        return Uni.combine().all().unis(
                aggregates.supply(), aggregates.keyPosts(referenceDate), aggregates.openVacancies())
                .asTuple()
                .map(answered -> new Section<>(referenceDate, null, List.of(answered.getItem1().source(),
                        answered.getItem2().source(), answered.getItem3().source()),
                        SupplyDemandTable.of(answered.getItem1(), answered.getItem2(), answered.getItem3(), turnover)));
    }

    /** Recruitment over the year to {@code referenceDate}, for England and each region. */
    public Uni<Section<List<RecruitmentFigures>>> recruitment(LocalDate referenceDate) {
        LocalDate from = recruitmentFrom(referenceDate);
        return Uni.combine().all().unis(
                aggregates.timeToFill(from, referenceDate), aggregates.candidates(from, referenceDate),
                aggregates.appointments(from, referenceDate))
                .asTuple()
                .map(answered -> new Section<>(referenceDate, null, List.of(answered.getItem1().source(),
                        answered.getItem2().source(), answered.getItem3().source()),
                        RecruitmentTable.of(answered.getItem1(), answered.getItem2(), answered.getItem3())));
    }

    /** The composition of each stage in the latest published quarter; period null when none is published. */
    public Uni<Section<List<StageComposition>>> diversity() {
        return diversityPart().map(part -> new Section<>(today(),
                part.answer().map(PublishedTables.Quarter::period).orElse(null), List.of(part.source()),
                part.answer().map(quarter -> StageCompositions.of(quarter.tables())).orElse(List.of())));
    }

    /**
     * Figures with the parts they came from.
     *
     * @param period the published quarter, for diversity figures; null otherwise
     */
    public record Section<T>(LocalDate referenceDate, String period, List<SourcePart> sources, T rows) {
    }

    /** The recruitment period: the year to the reference date, both days included. */
    private static LocalDate recruitmentFrom(LocalDate referenceDate) {
        return referenceDate.minusYears(1).plusDays(1);
    }

    /** The latest published quarter's national tables: one part, complete only if every table came. */
    private Uni<Part<PublishedTables.Quarter>> diversityPart() {
        List<PublishedTables.Wanted> wanted = new ArrayList<>();
        for (String stage : settings.diversityStages()) {
            for (String characteristic : settings.diversityCharacteristics()) {
                wanted.add(new PublishedTables.Wanted(stage, characteristic, "NATIONAL"));
            }
        }
        return parts.of("diversity", DIVERSITY_SERVICE, published.latest(wanted));
    }
}
