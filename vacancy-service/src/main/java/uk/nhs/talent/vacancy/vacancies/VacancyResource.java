package uk.nhs.talent.vacancy.vacancies;

import java.net.URI;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.nhs.talent.persistence.idempotency.IdempotentRequests;
import uk.nhs.talent.commons.paging.Page;
import uk.nhs.talent.commons.paging.PageRequest;
import uk.nhs.talent.commons.security.Caller;
import uk.nhs.talent.commons.security.Roles;
import uk.nhs.talent.commons.http.ETags;
import uk.nhs.talent.commons.http.WriteHeaders;
import uk.nhs.talent.vacancy.vacancies.VacancyTransitions.ApplicationsClosed;
import uk.nhs.talent.vacancy.vacancies.VacancyTransitions.Appointment;
import uk.nhs.talent.vacancy.vacancies.VacancyTransitions.Offer;
import uk.nhs.talent.vacancy.vacancies.VacancyTransitions.Shortlist;
import uk.nhs.talent.vacancy.vacancies.VacancyTransitions.Withdrawal;

/** Senior vacancies, for the HR systems of the organisations that own them. Only translates HTTP. */
@Path("/vacancies")
@Tag(name = "Vacancies", description = "Role: hr-system, limited to the organisations in the token's org_codes")
@RolesAllowed(Roles.HR_SYSTEM)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VacancyResource {

    private final VacancyService service;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    public VacancyResource(VacancyService service, IdempotentRequests idempotent, Caller caller) {
        this.service = service;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Open a vacancy", description = "Role hr-system, for one of your organisations. "
            + "Region and ICB come from the organisation reference data.")
    @APIResponse(responseCode = "201", description = "Opened; Location and ETag headers set",
            content = @Content(schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "403", description = "You do not act for that organisation")
    public Response open(
            @Parameter(description = "Repeat-safe: a repeat with the same key returns the first response")
            @HeaderParam(WriteHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid VacancyRequest request) {
        return idempotent.execute(caller.id(), idempotencyKey, request, () -> {
            VacancyView vacancy = service.open(request);
            return Response.created(URI.create("/vacancies/" + vacancy.id()))
                    .tag(ETags.of(vacancy.version())).entity(vacancy).build();
        });
    }

    @GET
    @Operation(summary = "List your organisations' vacancies", description = "Role hr-system. Paged and sorted.")
    public Page<VacancyView> list(@BeanParam VacancyFilter filter, @BeanParam @Valid PageRequest page) {
        return service.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a vacancy", description = "Role hr-system, one of your organisations'.")
    @APIResponse(responseCode = "200", description = "The vacancy; ETag header set",
            content = @Content(schema = @Schema(implementation = VacancyView.class)))
    public Response get(@PathParam("id") UUID id) {
        return withETag(service.get(id), 200);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Revise a vacancy's details", description = "Role hr-system. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Revised; new ETag",
            content = @Content(schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "409", description = "The vacancy is filled or withdrawn, or changed by another "
            + "request at the same time")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response revise(@PathParam("id") UUID id, @BeanParam WriteHeaders headers,
            @NotNull @Valid VacancyRequest request) {
        return write(headers, request, () -> service.revise(id, headers.requiredVersion(), request));
    }

    @POST
    @Path("/{id}/applications-closed")
    @Operation(summary = "Close applications", description = "Role hr-system. open → shortlisting.")
    @APIResponse(responseCode = "200", description = "Done; new ETag",
            content = @Content(schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the vacancy's current state, or changed by "
            + "another request at the same time")
    public Response closeApplications(@PathParam("id") UUID id, @BeanParam WriteHeaders headers,
            @NotNull @Valid ApplicationsClosed request) {
        return write(headers, request, () -> service.closeApplications(id, headers.expectedVersion(), request));
    }

    @POST
    @Path("/{id}/shortlist")
    @Operation(summary = "Record the shortlist", description = "Role hr-system. shortlisting → interviewing.")
    @APIResponse(responseCode = "200", description = "Done; new ETag",
            content = @Content(schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the vacancy's current state, or changed by "
            + "another request at the same time")
    public Response shortlist(@PathParam("id") UUID id, @BeanParam WriteHeaders headers,
            @NotNull @Valid Shortlist request) {
        return write(headers, request, () -> service.shortlist(id, headers.expectedVersion(), request));
    }

    @POST
    @Path("/{id}/offer")
    @Operation(summary = "Record an offer", description = "Role hr-system. interviewing → offered.")
    @APIResponse(responseCode = "200", description = "Done; new ETag",
            content = @Content(schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the vacancy's current state, or changed by "
            + "another request at the same time")
    public Response offer(@PathParam("id") UUID id, @BeanParam WriteHeaders headers,
            @NotNull @Valid Offer request) {
        return write(headers, request, () -> service.offer(id, headers.expectedVersion(), request));
    }

    @POST
    @Path("/{id}/appointment")
    @Operation(summary = "Record the appointment", description = "Role hr-system. offered → filled.")
    @APIResponse(responseCode = "200", description = "Done; new ETag",
            content = @Content(schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the vacancy's current state, or changed by "
            + "another request at the same time")
    public Response appoint(@PathParam("id") UUID id, @BeanParam WriteHeaders headers,
            @NotNull @Valid Appointment request) {
        return write(headers, request, () -> service.appoint(id, headers.expectedVersion(), request));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Operation(summary = "Withdraw the vacancy", description = "Role hr-system. Any state that is not final.")
    @APIResponse(responseCode = "200", description = "Done; new ETag",
            content = @Content(schema = @Schema(implementation = VacancyView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the vacancy's current state, or changed by "
            + "another request at the same time")
    public Response withdraw(@PathParam("id") UUID id, @BeanParam WriteHeaders headers,
            @NotNull @Valid Withdrawal request) {
        return write(headers, request, () -> service.withdraw(id, headers.expectedVersion(), request));
    }

    private Response write(WriteHeaders headers, Object request, Supplier<VacancyView> change) {
        return idempotent.execute(caller.id(), headers.idempotencyKey, request, () -> withETag(change.get(), 200));
    }

    private static Response withETag(VacancyView vacancy, int status) {
        return Response.status(status).tag(ETags.of(vacancy.version())).entity(vacancy).build();
    }
}
