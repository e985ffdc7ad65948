package uk.nhs.talent.gateway.reporting;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;
import uk.nhs.talent.commons.http.ServiceVersionHeader;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Representation;

/**
 * Tables of diversity-metrics-service's latest published quarter, fetched together: one answer, with the
 * service's version, that a report can take as one part. A table the quarter has nobody for (404) is left out.
 */
@ApplicationScoped
public class PublishedTables {

    /** Which table: a stage, a characteristic and a breakdown. */
    public record Wanted(String stage, String characteristic, String breakdown) {
    }

    /** A published quarter and its tables; period null when nothing is published yet. */
    public record Quarter(String period, List<Representation> tables) {
    }

    private final AggregateClients.Diversity diversity;

    public PublishedTables(@RestClient AggregateClients.Diversity diversity) {
        this.diversity = diversity;
    }

    public Uni<RestResponse<Quarter>> latest(List<Wanted> wanted) {
        return diversity.periods().flatMap(periods -> {
            String version = periods.getHeaderString(ServiceVersionHeader.HEADER);
            List<String> published = periods.getEntity();
            if (published == null || published.isEmpty()) {
                return Uni.createFrom().item(answer(new Quarter(null, List.of()), version));
            }
            String period = published.get(published.size() - 1); // oldest first
            List<Uni<Optional<Representation>>> tables = wanted.stream()
                    .map(table -> diversity.representation(table.stage(), table.characteristic(), period,
                                    table.breakdown())
                            .map(answer -> Optional.of(checked(table, period, answer.getEntity())))
                            .onFailure(PublishedTables::isNotFound).recoverWithItem(Optional.empty()))
                    .toList();
            return Uni.join().all(tables).andFailFast().map(answers -> answer(
                    new Quarter(period, answers.stream().flatMap(Optional::stream).toList()), version));
        });
    }

    /** The table asked for, or the answer is malformed (another table, or no figures). */
    private static Representation checked(Wanted wanted, String period, Representation answer) {
        if (answer == null || answer.figures() == null || !wanted.stage().equals(answer.stage())
                || !wanted.characteristic().equals(answer.characteristic()) || !period.equals(answer.period())) {
            throw new AnswerChecks.MalformedAnswer("a table other than the one asked for");
        }
        return answer;
    }

    private static RestResponse<Quarter> answer(Quarter quarter, String version) {
        return RestResponse.ResponseBuilder.ok(quarter).header(ServiceVersionHeader.HEADER, version).build();
    }

    private static boolean isNotFound(Throwable failure) {
        return failure instanceof WebApplicationException refused && refused.getResponse().getStatus() == 404;
    }
}
