package uk.nhs.talent.gateway.reporting;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Appointments;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Candidates;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.KeyPosts;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.OpenVacancies;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Representation;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Supply;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.TimeToFill;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Transitions;

/**
 * The services' aggregate endpoints the national reports read, each under the gateway's own service-account
 * token (client credentials, role national-analyst): the same figures whoever asks, and also on a schedule, with
 * no caller. The services check that token like any other. Answers keep their headers (the service's version).
 */
public final class AggregateClients {

    private AggregateClients() {
    }

    @RegisterRestClient(configKey = "talent-service")
    @OidcClientFilter
    @Path("/reports/talent")
    public interface Talent {

        @GET
        @Path("/supply")
        Uni<RestResponse<List<Supply>>> supply();

        @GET
        @Path("/key-posts")
        Uni<RestResponse<List<KeyPosts>>> keyPosts(@QueryParam("on") LocalDate on);

        @GET
        @Path("/transitions")
        Uni<RestResponse<List<Transitions>>> transitions(@QueryParam("from") LocalDate from,
                @QueryParam("to") LocalDate to);
    }

    @RegisterRestClient(configKey = "vacancy-service")
    @OidcClientFilter
    @Path("/reports/vacancies")
    public interface Vacancy {

        @GET
        @Path("/open")
        Uni<RestResponse<List<OpenVacancies>>> open();

        @GET
        @Path("/time-to-fill")
        Uni<RestResponse<List<TimeToFill>>> timeToFill(@QueryParam("from") LocalDate from,
                @QueryParam("to") LocalDate to);

        @GET
        @Path("/candidates")
        Uni<RestResponse<List<Candidates>>> candidates(@QueryParam("from") LocalDate from,
                @QueryParam("to") LocalDate to);

        @GET
        @Path("/appointments")
        Uni<RestResponse<List<Appointments>>> appointments(@QueryParam("from") LocalDate from,
                @QueryParam("to") LocalDate to);
    }

    @RegisterRestClient(configKey = "diversity-metrics-service")
    @OidcClientFilter
    @Path("/reports/diversity")
    public interface Diversity {

        /** Published quarters, oldest first. */
        @GET
        @Path("/periods")
        Uni<RestResponse<List<String>>> periods();

        @GET
        @Path("/representation")
        Uni<RestResponse<Representation>> representation(@QueryParam("stage") String stage,
                @QueryParam("characteristic") String characteristic, @QueryParam("period") String period,
                @QueryParam("breakdown") String breakdown);
    }
}
