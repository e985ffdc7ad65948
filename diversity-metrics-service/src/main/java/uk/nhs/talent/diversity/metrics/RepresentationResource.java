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
import uk.nhs.talent.commons.http.AggregateReport;
import uk.nhs.talent.commons.security.Roles;

/** Disclosure-controlled diversity figures. Only translates HTTP: JSON or CSV by {@code Accept}. */
@AggregateReport
@Path("/reports/diversity")
@Tag(name = "Diversity reports", description = "Roles national-analyst, and forum-lead for their own region's rows "
        + "of the by-region breakdowns. Aggregates of closed quarters only, under disclosure control")
@RolesAllowed({ Roles.NATIONAL_ANALYST, Roles.FORUM_LEAD })
public class RepresentationResource {

    private final RepresentationService service;

    public RepresentationResource(RepresentationService service) {
        this.service = service;
    }

    @GET
    @Path("/representation")
    @Produces({ MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV })
    @Operation(summary = "Representation at a pipeline stage", description = "Roles national-analyst (any "
            + "breakdown) and forum-lead (REGION and REGION_BY_LEVEL, own region's rows; other breakdowns 403). "
            + "Counts of stage entries by category of the characteristic, with each row's total; every figure says "
            + "whether it is exact, rounded or suppressed. People without a declaration count as NOT_DECLARED. "
            + "JSON, or with Accept: text/csv the same figures one per line under one header row.")
    @APIResponse(responseCode = "200", description = "The table", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RepresentationReport.class)),
            @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "The figures' columns, one header row; an empty count is a suppressed one")) })
    @APIResponse(responseCode = "400", description = "Not a predefined table: a stage, characteristic, period or "
            + "breakdown that does not exist, or one left out")
    @APIResponse(responseCode = "403", description = "Not your role, or a forum lead asking for a breakdown that is "
            + "not by region (or with a token naming no region)")
    @APIResponse(responseCode = "404", description = "The quarter is not published (open, within the delay, or "
            + "with nobody in it)")
    public Response representation(@BeanParam @Valid RepresentationQuery query, @Context Request request) {
        RepresentationReport report = service.report(query);
        return ReportFormat.of(request, report, new GenericEntity<List<RepresentationFigure>>(report.figures()) {
        });
    }

    @GET
    @Path("/periods")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Published quarters", description = "Roles national-analyst and forum-lead. Closed "
            + "financial quarters with figures, oldest first.")
    public List<String> periods() {
        return service.publishedPeriods();
    }
}
