package uk.nhs.talent.diversity.baselines;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.nhs.talent.commons.csv.CsvTableWriter;
import uk.nhs.talent.commons.security.Roles;

/** The workforce baseline the representation figures are compared with. Only translates HTTP. */
@Path(WorkforceBaselineResource.PATH)
@Tag(name = "Workforce baselines", description = "Aggregate headcounts of the workforce by region, level and "
        + "category of each characteristic, uploaded by platform admins, to compare each stage with the workforce "
        + "it should reflect")
@Produces(MediaType.APPLICATION_JSON)
public class WorkforceBaselineResource {

    static final String PATH = "/workforce-baselines";

    private final WorkforceBaselineService service;

    public WorkforceBaselineResource(WorkforceBaselineService service) {
        this.service = service;
    }

    @PUT
    @Consumes(CsvTableWriter.TEXT_CSV)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Replace the workforce baseline", description = "Role platform-admin. CSV (UTF-8), one "
            + "header row naming region_code, level, characteristic, category, headcount (any order), then one row "
            + "per region (Y56 to Y63), level (VSM, AFC_8C, AFC_8D, AFC_9), characteristic and category of it "
            + "(as in the representation figures, NOT_DECLARED included) with its headcount, a whole number from "
            + "0; each combination at most once, and a characteristic that is named needs a row for every region, "
            + "level and category. The file replaces the current baseline whole, in one transaction; if any row "
            + "is at fault nothing is stored, and the problem lists the rows refused as rows[n].column with the "
            + "rule broken (row 1 is the first after the header), never a value.")
    @APIResponse(responseCode = "200", description = "Stored: the new baseline's time, rows and characteristics",
            content = @Content(schema = @Schema(implementation = BaselineInfo.class)))
    @APIResponse(responseCode = "400", description = "Not readable as CSV, a header that does not name each column "
            + "once, no row or more rows than combinations, a row at fault, or a characteristic without all its "
            + "rows: nothing stored")
    @APIResponse(responseCode = "413", description = "A body above 256 KiB: nothing stored")
    @APIResponse(responseCode = "415", description = "Not text/csv")
    public BaselineInfo replace(String csv) {
        return service.replace(csv);
    }

    @GET
    @RolesAllowed({ Roles.PLATFORM_ADMIN, Roles.NATIONAL_ANALYST })
    @Operation(summary = "The current workforce baseline", description = "Roles platform-admin and "
            + "national-analyst. When it was uploaded, its rows and characteristics; not its counts.")
    @APIResponse(responseCode = "200", description = "The current baseline",
            content = @Content(schema = @Schema(implementation = BaselineInfo.class)))
    @APIResponse(responseCode = "404", description = "No baseline uploaded yet")
    public BaselineInfo current() {
        return service.current();
    }
}
