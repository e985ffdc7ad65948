package uk.nhs.talent.vacancy.organisation;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.security.Roles;

@Path("/organisations")
@Tag(name = "Organisations", description = "Reference data: ODS code → ICB and NHS England region")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class OrganisationResource {

    private final OrganisationService service;

    public OrganisationResource(OrganisationService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List organisations", description = "Any signed-in caller, whatever their role.")
    public List<OrganisationView> list() {
        return service.list();
    }

    @GET
    @Path("/{odsCode}")
    @Operation(summary = "Read one organisation", description = "Any signed-in caller, whatever their role.")
    @APIResponse(responseCode = "200", description = "The organisation",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "404", description = "No such organisation")
    public OrganisationView get(@PathParam("odsCode") String odsCode) {
        return service.find(odsCode).map(OrganisationView::of)
                .orElseThrow(() -> ApiProblem.notFound("No organisation " + odsCode));
    }

    @PUT
    @Path("/{odsCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Create or replace an organisation", description = "Role: platform-admin.")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    public Response put(
            @PathParam("odsCode") @Pattern(regexp = "[A-Z0-9]{3,5}", message = "must be an ODS code") String odsCode,
            @NotNull @Valid OrganisationView organisation) {
        if (organisation.odsCode() != null && !organisation.odsCode().equals(odsCode)) {
            throw ApiProblem.invalidField("odsCode", "must match the path");
        }
        boolean created = service.put(odsCode, organisation);
        OrganisationView saved = service.find(odsCode).map(OrganisationView::of).orElseThrow();
        return Response.status(created ? 201 : 200).entity(saved).build();
    }
}
