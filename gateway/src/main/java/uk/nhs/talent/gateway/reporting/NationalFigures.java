package uk.nhs.talent.gateway.reporting;

import java.net.ConnectException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import uk.nhs.talent.commons.http.ServiceVersionHeader;
import uk.nhs.talent.events.slsf.RecruitmentFigures;
import uk.nhs.talent.events.slsf.SourcePart;
import uk.nhs.talent.events.slsf.StageComposition;
import uk.nhs.talent.events.slsf.SupplyDemandFigures;
import uk.nhs.talent.events.slsf.SupplyDemandSnapshot;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Representation;

/**
 * Takes the national supply-and-demand figures: asks the services for every part at once, each within the part
 * time-out, and composes what came back. A part that does not come back in time, or fails, is named as missing
 * with its reason; the rest of the figures are still given.
 */
@ApplicationScoped
public class NationalFigures {

    static final String TALENT_SERVICE = "talent-service";
    static final String VACANCY_SERVICE = "vacancy-service";
    static final String DIVERSITY_SERVICE = "diversity-metrics-service";
    private static final Logger LOG = Logger.getLogger(NationalFigures.class);

    private final AggregateClients.Talent talent;
    private final AggregateClients.Vacancy vacancies;
    private final AggregateClients.Diversity diversity;
    private final ReportSettings settings;
    private final TurnoverAssumptions turnover;
    private final Clock clock;

    public NationalFigures(@RestClient AggregateClients.Talent talent, @RestClient AggregateClients.Vacancy vacancies,
            @RestClient AggregateClients.Diversity diversity, ReportSettings settings, Clock clock) {
        this.talent = talent;
        this.vacancies = vacancies;
        this.diversity = diversity;
        this.settings = settings;
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
                part("supply", TALENT_SERVICE, talent.supply()),
                part("key-posts", TALENT_SERVICE, talent.keyPosts(referenceDate)),
                part("open-vacancies", VACANCY_SERVICE, vacancies.open()))
                .asTuple()
                .map(parts -> new Section<>(referenceDate, null,
                        List.of(parts.getItem1().source(), parts.getItem2().source(), parts.getItem3().source()),
                        SupplyDemandTable.of(parts.getItem1(), parts.getItem2(), parts.getItem3(), turnover)));
    }

    /** Recruitment over the year to {@code referenceDate}, for England and each region. */
    public Uni<Section<List<RecruitmentFigures>>> recruitment(LocalDate referenceDate) {
        LocalDate from = recruitmentFrom(referenceDate);
        return Uni.combine().all().unis(
                part("time-to-fill", VACANCY_SERVICE, vacancies.timeToFill(from, referenceDate)),
                part("candidates", VACANCY_SERVICE, vacancies.candidates(from, referenceDate)),
                part("appointments", VACANCY_SERVICE, vacancies.appointments(from, referenceDate)))
                .asTuple()
                .map(parts -> new Section<>(referenceDate, null,
                        List.of(parts.getItem1().source(), parts.getItem2().source(), parts.getItem3().source()),
                        RecruitmentTable.of(parts.getItem1(), parts.getItem2(), parts.getItem3())));
    }

    /** The composition of each stage in the latest published quarter; period null when none is published. */
    public Uni<Section<List<StageComposition>>> diversity() {
        return diversityPart().map(part -> new Section<>(today(),
                part.answer().map(PublishedQuarter::period).orElse(null), List.of(part.source()),
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
    private Uni<Part<PublishedQuarter>> diversityPart() {
        Uni<RestResponse<PublishedQuarter>> quarter = diversity.periods().flatMap(periods -> {
            List<String> published = periods.getEntity();
            if (published == null || published.isEmpty()) {
                return Uni.createFrom().item(RestResponse.ResponseBuilder
                        .ok(new PublishedQuarter(null, List.of()))
                        .header(ServiceVersionHeader.HEADER, periods.getHeaderString(ServiceVersionHeader.HEADER))
                        .build());
            }
            String period = published.get(published.size() - 1);
            List<Uni<Optional<Representation>>> tables = new ArrayList<>();
            for (String stage : settings.diversityStages()) {
                for (String characteristic : settings.diversityCharacteristics()) {
                    tables.add(diversity.representation(stage, characteristic, period, "NATIONAL")
                            .map(table -> Optional.of(table.getEntity()))
                            // Nobody reached the stage in the quarter: nothing published for it.
                            .onFailure(NationalFigures::isNotFound).recoverWithItem(Optional.empty()));
                }
            }
            return Uni.join().all(tables).andFailFast().map(answers -> RestResponse.ResponseBuilder
                    .ok(new PublishedQuarter(period, answers.stream().flatMap(Optional::stream).toList()))
                    .header(ServiceVersionHeader.HEADER, periods.getHeaderString(ServiceVersionHeader.HEADER))
                    .build());
        });
        return part("diversity", DIVERSITY_SERVICE, quarter);
    }

    /** A published quarter and its national tables; period null when none is published. */
    record PublishedQuarter(String period, List<Representation> tables) {
    }

    private <T> Uni<Part<T>> part(String name, String service, Uni<RestResponse<T>> answer) {
        return answer
                .ifNoItem().after(settings.partTimeout()).fail()
                .map(response -> Part.complete(name, service, version(response), response.getEntity()))
                .onFailure().recoverWithItem(failure -> {
                    String reason = reason(failure);
                    LOG.warnf("Report part %s from %s missing: %s", name, service, reason);
                    return Part.missing(name, service, reason);
                });
    }

    /** The version from {@code talent-service/0.1.0}; "unknown" if the service did not say. */
    private static String version(RestResponse<?> response) {
        String header = response.getHeaderString(ServiceVersionHeader.HEADER);
        return header == null || header.indexOf('/') < 0 ? "unknown" : header.substring(header.indexOf('/') + 1);
    }

    /** Why a part is missing, in words that quote nothing from the answer. */
    private String reason(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return "no answer within " + settings.partTimeout().toMillis() + " ms";
        }
        if (failure instanceof WebApplicationException refused) {
            return "answered HTTP " + refused.getResponse().getStatus();
        }
        if (failure instanceof ProcessingException || failure instanceof ConnectException
                || failure.getCause() instanceof ConnectException) {
            return "could not be reached";
        }
        return "failed (" + failure.getClass().getSimpleName() + ")";
    }

    private static boolean isNotFound(Throwable failure) {
        return failure instanceof WebApplicationException refused && refused.getResponse().getStatus() == 404;
    }
}
