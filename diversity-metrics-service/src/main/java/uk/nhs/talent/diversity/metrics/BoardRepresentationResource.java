package uk.nhs.talent.diversity.metrics;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.nhs.talent.commons.csv.CsvTableWriter;
import uk.nhs.talent.commons.csv.ReportFormat;
import uk.nhs.talent.commons.security.Roles;

/** WRES indicator 9 as a trend. Only translates HTTP: JSON or CSV by {@code Accept}. */
@Path("/reports/diversity/board-representation")
@Tag(name = "Diversity reports")
@RolesAllowed({ Roles.NATIONAL_ANALYST, Roles.FORUM_LEAD })
public class BoardRepresentationResource {

    private final BoardRepresentationService service;

    public BoardRepresentationResource(BoardRepresentationService service) {
        this.service = service;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV })
    @Operation(summary = "Board representation against the workforce (WRES indicator 9)", description = "Roles "
            + "national-analyst (NATIONAL or REGION) and forum-lead (REGION, own region's rows; NATIONAL 403). For "
            + "every published quarter, oldest first, and each category: the share of board appointments, the "
            + "share of very senior manager (VSM) appointments and the share of the workforce (current baseline, "
            + "all levels), and the board's difference from the workforce in percentage points. From published "
            + "figures only; a share only where every count behind it is published above the suppression "
            + "threshold, and every figure says whether it is exact, rounded or suppressed. JSON, or with Accept: "
            + "text/csv the same figures one per line under one header row.")
    @APIResponse(responseCode = "200", description = "The trend", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BoardRepresentationReport.class)),
            @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "The figures' columns, one header row; an empty share is one not shown")) })
    @APIResponse(responseCode = "400", description = "A characteristic or breakdown that does not exist, or no "
            + "characteristic")
    @APIResponse(responseCode = "403", description = "Not your role, or a forum lead asking for the NATIONAL "
            + "breakdown (or with a token naming no region)")
    public Response trend(@BeanParam @Valid BoardRepresentationQuery query, @Context Request request) {
        BoardRepresentationReport report = service.trend(query.characteristic, query.breakdown);
        return ReportFormat.of(request, report,
                new GenericEntity<List<BoardRepresentationFigure>>(report.figures()) {
                });
    }
}
