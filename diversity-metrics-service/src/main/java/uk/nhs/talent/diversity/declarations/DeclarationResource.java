package uk.nhs.talent.diversity.declarations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.nhs.talent.commons.security.Roles;
import uk.nhs.talent.commons.validation.PersonRef;

/** Declarations in; nothing of them ever out. Only translates HTTP. */
@Path("/declarations")
@Tag(name = "Declarations", description = "Self-declared equality monitoring (special category data). Write-only: "
        + "no endpoint returns a person's declaration, not even to the HR system that sent it.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeclarationResource {

    private final DeclarationService service;

    public DeclarationResource(DeclarationService service) {
        this.service = service;
    }

    @PUT
    @Path("/{personRef}")
    @RolesAllowed(Roles.HR_SYSTEM)
    @Operation(summary = "Declare a candidate's equality monitoring", description = "Role hr-system, for a candidate "
            + "shortlisted on or appointed to a vacancy of one of your organisations. Replaces any earlier "
            + "declaration of the person whole (a characteristic left out becomes NOT_STATED), so sending it again "
            + "changes nothing. The body is never echoed.")
    @APIResponse(responseCode = "204", description = "Stored")
    @APIResponse(responseCode = "404", description = "Not a candidate on your organisations' vacancies (or not yet "
            + "known here: retry after a few seconds)")
    public Response declare(@PathParam("personRef") @PersonRef String personRef,
            @NotNull @Valid DeclarationRequest request) {
        service.declareForCandidate(personRef, request);
        return Response.noContent().build();
    }
}
