package uk.nhs.talent.vacancy.intake;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.cloudevents.CloudEvent;
import uk.nhs.talent.commons.cloudevents.CloudEventsHttp;
import uk.nhs.talent.commons.security.Roles;

/** HR systems' vacancy events over the CloudEvents HTTP binding: structured, batch or binary mode. */
@Path("/vacancy-events")
@Tag(name = "Vacancy events", description = "Role: hr-system. CloudEvents 1.0 over HTTP")
@RolesAllowed(Roles.HR_SYSTEM)
@Produces(MediaType.APPLICATION_JSON)
public class VacancyEventResource {

    private static final String EXAMPLE = """
            {"specversion": "1.0", "id": "hr-evt-000123", "source": "/hr/RW3", "type": "uk.nhs.talent.hr.vacancy.opened.v1",
             "time": "2026-09-01T09:00:00Z", "datacontenttype": "application/json",
             "data": {"orgCode": "RW3", "title": "Chief Finance Officer", "roleFamily": "FINANCE", "level": "VSM",
                      "boardPost": true, "contractType": "SUBSTANTIVE", "recruitmentRoute": "OPEN_ADVERT",
                      "openedOn": "2026-09-01", "closingOn": "2026-09-29"}}""";

    private final VacancyEventIntake intake;

    public VacancyEventResource(VacancyEventIntake intake) {
        this.intake = intake;
    }

    @POST
    @Consumes({ CloudEventsHttp.STRUCTURED, CloudEventsHttp.BATCH, MediaType.APPLICATION_JSON })
    @Operation(summary = "Send vacancy events", description = """
            Role hr-system, for your own organisations. Types: uk.nhs.talent.hr.vacancy.{opened, updated, \
            applications-closed, shortlisted, offered, appointed, withdrawn}.v1; data is the body of the matching \
            /vacancies operation; subject is the vacancy id (not for opened). Structured mode \
            (application/cloudevents+json), batch mode (application/cloudevents-batch+json, up to 100 events, all \
            or nothing) or binary mode (ce-* headers, application/json data). An event already taken (same source \
            and id) changes nothing and is answered as before.""")
    @RequestBody(content = @Content(mediaType = CloudEventsHttp.STRUCTURED,
            examples = @ExampleObject(name = "opened", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Applied (or already applied), one outcome per event, in order")
    @APIResponse(responseCode = "404", description = "A subject is not a vacancy of your organisations")
    @APIResponse(responseCode = "409", description = "An event is not allowed from the vacancy's current state")
    @APIResponse(responseCode = "422", description = "An event id was reused with different content")
    public List<IntakeOutcome> receive(HttpHeaders headers, byte[] body) {
        List<CloudEvent> events = CloudEventsHttp.read(headers.getRequestHeaders(), body);
        boolean batch = headers.getMediaType() != null
                && headers.getMediaType().toString().startsWith(CloudEventsHttp.BATCH);
        return intake.apply(events, batch);
    }
}
