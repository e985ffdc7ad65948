package uk.nhs.talent.diversity.likelihood;

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

/** Relative likelihoods and the matching audit. Only translates HTTP: JSON or CSV by {@code Accept}. */
@Path("/reports/diversity")
@Tag(name = "Diversity reports")
@RolesAllowed({ Roles.NATIONAL_ANALYST, Roles.FORUM_LEAD })
public class LikelihoodResource {

    private final LikelihoodService service;

    public LikelihoodResource(LikelihoodService service) {
        this.service = service;
    }

    @GET
    @Path("/relative-likelihood")
    @Produces({ MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV })
    @Operation(summary = "Relative likelihood of appointment from shortlisting", description = "Roles "
            + "national-analyst (NATIONAL or REGION) and forum-lead (REGION, own region's row; NATIONAL 403). WRES "
            + "indicator 2 (white / BME) or WDES metric 2 (non-disabled / disabled), not declared left out: the "
            + "ratio of appointment rates with its 95% confidence interval (Katz log), and the counts behind it, "
            + "all from the quarter's published shortlisted and appointed tables. 1.00 is parity. JSON, or with "
            + "Accept: text/csv the rows under one header row.")
    @APIResponse(responseCode = "200", description = "The indicator", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RelativeLikelihoodReport.class)),
            @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "The rows' columns, one header row; an empty value is a suppressed one")) })
    @APIResponse(responseCode = "400", description = "An indicator, period or breakdown that does not exist, or "
            + "one left out")
    @APIResponse(responseCode = "403", description = "Not your role, or a forum lead asking for the NATIONAL "
            + "breakdown (or with a token naming no region)")
    @APIResponse(responseCode = "404", description = "The quarter is not published (open, within the delay, or "
            + "with nobody in it)")
    public Response relativeLikelihood(@BeanParam @Valid RelativeLikelihoodQuery query, @Context Request request) {
        RelativeLikelihoodReport report = service.relativeLikelihood(query);
        return ReportFormat.of(request, report,
                new GenericEntity<List<RelativeLikelihoodFigure>>(report.figures()) {
                });
    }

    @GET
    @Path("/matching-impact")
    @Produces({ MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV })
    @Operation(summary = "Adverse impact of the system's own matching", description = "Roles national-analyst "
            + "(NATIONAL or REGION) and forum-lead (REGION, own region's row; NATIONAL 403). For each category of "
            + "the characteristic (not declared left out): candidates ranked by talent-service for the quarter's "
            + "vacancies and of them ranked in the top ten, from the quarter's published tables; the rate, the "
            + "impact ratio against the highest category with the four-fifths flag, and the relative likelihood "
            + "against the highest category with its 95% confidence interval (Katz log). 1.00 is parity. JSON, or "
            + "with Accept: text/csv the rows under one header row.")
    @APIResponse(responseCode = "200", description = "The audit", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MatchingImpactReport.class)),
            @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "The rows' columns, one header row; an empty value is a suppressed one")) })
    @APIResponse(responseCode = "400", description = "A characteristic, period or breakdown that does not exist, "
            + "or one left out")
    @APIResponse(responseCode = "403", description = "Not your role, or a forum lead asking for the NATIONAL "
            + "breakdown (or with a token naming no region)")
    @APIResponse(responseCode = "404", description = "The quarter's matching figures are not published (open, "
            + "within the delay, with nobody in it, or published before the matching audit was)")
    public Response matchingImpact(@BeanParam @Valid MatchingImpactQuery query, @Context Request request) {
        MatchingImpactReport report = service.matchingImpact(query);
        return ReportFormat.of(request, report, new GenericEntity<List<MatchingImpactFigure>>(report.figures()) {
        });
    }
}
