package uk.nhs.talent.diversity.declarations;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import uk.nhs.talent.commons.http.WriteHeaders;
import uk.nhs.talent.commons.paging.Page;
import uk.nhs.talent.commons.paging.PageRequest;
import uk.nhs.talent.commons.security.Roles;

/** Bulk imports of declarations, for platform admins. Only translates HTTP. */
@Path(DeclarationImportResource.PATH)
@Tag(name = "Declaration imports", description = "Role: platform-admin. Declarations in bulk from a workforce "
        + "extract (CSV), with progress and a report of refused rows by row number and column. No response, "
        + "problem or log line repeats a value of the file.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class DeclarationImportResource {

    static final String PATH = "/declaration-imports";

    private final DeclarationImportService service;

    public DeclarationImportResource(DeclarationImportService service) {
        this.service = service;
    }

    @POST
    @Consumes("text/csv")
    @Operation(summary = "Import declarations from a workforce extract", description = "Role platform-admin. CSV "
            + "(UTF-8), one header row naming the columns personRef, ethnicCategory, disability, sex, "
            + "genderReassignment, sexualOrientation, religionOrBelief, marriageAndCivilPartnership, "
            + "pregnancyAndMaternity, yearOfBirth (any order), then at most 100,000 rows (16 MiB). Values as in PUT "
            + "/declarations/{personRef}; an empty value is NOT_STATED. A header that names a column twice, misses "
            + "one or names another refuses the whole file, as does a row of another length; nothing is stored "
            + "then. Otherwise each row replaces the person's declaration whole, or is refused whole with its "
            + "columns at fault; a personRef on more than one row is refused on each. Rows are stored 500 at a "
            + "time, each chunk committed, so progress shows meanwhile (GET /declaration-imports); the answer "
            + "comes when every row is done. The file is not kept.")
    @APIResponse(responseCode = "201", description = "Done; Location header set. The summary (status COMPLETED)",
            content = @Content(schema = @Schema(implementation = DeclarationImportView.class)))
    @APIResponse(responseCode = "400", description = "Not CSV, no row after the header, a header that does not "
            + "name each column once, or a row of another length: nothing stored")
    @APIResponse(responseCode = "413", description = "More than 100,000 rows, or a body above 16 MiB: nothing "
            + "stored")
    public Response start(
            @Parameter(description = "Repeat-safe: a repeat with the same key returns the first response and "
                    + "imports nothing")
            @HeaderParam(WriteHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
            String csv) {
        return service.runOnce(idempotencyKey, csv, summary -> Response
                .created(URI.create(PATH + "/" + summary.id())).entity(summary).build());
    }

    @GET
    @Operation(summary = "List imports", description = "Role platform-admin. Newest first, paged, a running one "
            + "included.")
    public Page<DeclarationImportView> list(@BeanParam @Valid PageRequest page) {
        return service.list(page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An import's progress and outcome", description = "Role platform-admin. Counts move a "
            + "chunk at a time while it is RUNNING.")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(schema = @Schema(implementation = DeclarationImportView.class)))
    public DeclarationImportView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/refusals")
    @Operation(summary = "The rows an import refused", description = "Role platform-admin. One item per refused "
            + "row and column, in row order (1 is the first row after the header), with the rule broken; never the "
            + "value, nor the personRef. Paged.")
    public Page<DeclarationImportRefusalView> refusals(@PathParam("id") UUID id,
            @BeanParam @Valid PageRequest page) {
        return service.refusals(id, page);
    }
}
