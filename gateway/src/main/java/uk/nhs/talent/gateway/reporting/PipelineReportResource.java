package uk.nhs.talent.gateway.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
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

import io.smallrye.mutiny.Uni;
import uk.nhs.talent.commons.csv.CsvTableWriter;
import uk.nhs.talent.commons.csv.ReportFormat;
import uk.nhs.talent.commons.security.Roles;
import uk.nhs.talent.gateway.reporting.NationalFigures.Section;
import uk.nhs.talent.gateway.reporting.PipelineReports.DiversityLine;
import uk.nhs.talent.gateway.reporting.PipelineReports.RecruitmentLine;
import uk.nhs.talent.gateway.reporting.PipelineReports.SupplyDemandLine;
import uk.nhs.talent.gateway.reporting.PipelineReports.Table;
import uk.nhs.talent.gateway.reporting.PipelineReports.Whole;

/** National pipeline reports, composed from the services' aggregates. Only translates HTTP. */
@Path("/reports/pipeline")
@Tag(name = "National pipeline reports", description = "Role national-analyst. Aggregates composed from the "
        + "services as they stand; a service that does not answer in time is named as a missing part, its "
        + "figures null")
@RolesAllowed(Roles.NATIONAL_ANALYST)
public class PipelineReportResource {

    private static final String CSV_LINES = "The rows, one per line under one header row; every line repeats the "
            + "reference date, when the figures were taken, the service versions and the missing parts. An empty "
            + "figure is a null one; an empty regionCode is all of England. Units as in the JSON: people, posts and "
            + "vacancies as counts, days, shares from 0 to 1, per cent where the column says percent";

    private final NationalFigures figures;
    private final Clock clock;

    public PipelineReportResource(NationalFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    /** Now, to the millisecond: when the services are asked. */
    private Instant takenAt() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every national figure at once", description = "Role national-analyst. Supply against "
            + "demand, recruitment and the composition of each stage, as the SLSF snapshot holds them (the same "
            + "figures), with when they were taken and from which service versions.")
    public Uni<Whole> whole() {
        Instant takenAt = takenAt();
        return figures.asOf(figures.today()).map(snapshot -> new Whole(takenAt, snapshot));
    }

    @GET
    @Path("/supply-demand")
    @Produces({ MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV })
    @Operation(summary = "Supply against demand by region × role family × level", description = "Role "
            + "national-analyst. Ready now, in one to two and in three or more years (people) against open "
            + "vacancies and vacancies expected within a year (key posts whose incumbent leaves, plus the "
            + "configured turnover of the others); ready now per vacancy; key posts, their coverage share "
            + "(0 to 1), bench strength (people, each counting 1 ÷ the key posts they are nominated for) and posts "
            + "at risk. JSON, or with Accept: text/csv one line per cell.")
    @APIResponse(responseCode = "200", description = "The table", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Table.class)),
            @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    description = CSV_LINES)) })
    public Uni<Response> supplyDemand(@Context Request request) {
        return answer(request, figures.supplyDemand(figures.today()),
                table -> new GenericEntity<List<SupplyDemandLine>>(SupplyDemandLine.of(table)) {
                });
    }

    @GET
    @Path("/recruitment")
    @Produces({ MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV })
    @Operation(summary = "Recruitment to senior posts, England and by region", description = "Role "
            + "national-analyst. Over the year to today: vacancies filled and days to fill (median, 90th "
            + "percentile), vacancies shortlisted and qualified (shortlisted) candidates per vacancy, appointments "
            + "by recruitment route with the internal pipeline's and the agencies' shares (0 to 1). England first "
            + "(regionCode null, empty in CSV). JSON, or with Accept: text/csv one line per region.")
    @APIResponse(responseCode = "200", description = "The table", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Table.class)),
            @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    description = CSV_LINES)) })
    public Uni<Response> recruitment(@Context Request request) {
        return answer(request, figures.recruitment(figures.today()),
                table -> new GenericEntity<List<RecruitmentLine>>(RecruitmentLine.of(table)) {
                });
    }

    @GET
    @Path("/diversity")
    @Produces({ MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV })
    @Operation(summary = "Composition of each pipeline stage, England", description = "Role national-analyst. "
            + "The latest published quarter's national figures from diversity-metrics-service, as published "
            + "under disclosure control (suppressed, rounded): per stage, characteristic and category, people and "
            + "per cent of the stage. Never narrower than published. JSON, or with Accept: text/csv one line per "
            + "figure.")
    @APIResponse(responseCode = "200", description = "The table", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Table.class)),
            @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    description = CSV_LINES)) })
    public Uni<Response> diversity(@Context Request request) {
        return answer(request, figures.diversity(),
                table -> new GenericEntity<List<DiversityLine>>(DiversityLine.of(table)) {
                });
    }

    /**
     * A table as JSON, or as CSV lines ({@code lines}: typed, an anonymous {@code GenericEntity}, for the CSV
     * writer).
     */
    private <R> Uni<Response> answer(Request request, Uni<Section<List<R>>> section,
            Function<Table<R>, GenericEntity<? extends List<?>>> lines) {
        Instant takenAt = takenAt();
        return section.map(taken -> {
            Table<R> table = Table.of(takenAt, taken);
            return ReportFormat.of(request, table, lines.apply(table));
        });
    }
}
