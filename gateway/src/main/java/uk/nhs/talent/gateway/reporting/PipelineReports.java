package uk.nhs.talent.gateway.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import uk.nhs.talent.events.slsf.PartStatus;
import uk.nhs.talent.events.slsf.RecruitmentFigures;
import uk.nhs.talent.events.slsf.SourcePart;
import uk.nhs.talent.events.slsf.StageComposition;
import uk.nhs.talent.events.slsf.SupplyDemandFigures;
import uk.nhs.talent.events.slsf.SupplyDemandSnapshot;
import uk.nhs.talent.gateway.reporting.NationalFigures.Section;

/** The national reports as the API answers them: JSON with their context, or CSV lines that carry it. */
public final class PipelineReports {

    private PipelineReports() {
    }

    @Schema(name = "PipelineReport", description = "Every national figure at once, as the SLSF snapshot holds "
            + "them, and when they were taken")
    public record Whole(
            @Schema(description = "When the figures were asked of the services") Instant takenAt,
            @JsonUnwrapped SupplyDemandSnapshot figures) {
    }

    @Schema(name = "PipelineTable", description = "One national table, when it was taken, and the parts it came "
            + "from (a missing part's figures are null)")
    public record Table<T>(
            @Schema(description = "When the figures were asked of the services") Instant takenAt,
            @Schema(description = "The day the figures are as of") LocalDate referenceDate,
            @Schema(description = "The published financial quarter, for diversity; null otherwise",
                    nullable = true) String period,
            List<SourcePart> sources,
            List<T> rows) {

        static <T> Table<T> of(Instant takenAt, Section<List<T>> section) {
            return new Table<>(takenAt, section.referenceDate(), section.period(), section.sources(),
                    section.rows());
        }
    }

    /** A table's context, repeated on each CSV line so that a saved file still says where it came from. */
    @JsonPropertyOrder({ "referenceDate", "takenAt", "serviceVersions", "missingParts" })
    public record Provenance(
            LocalDate referenceDate,
            Instant takenAt,
            @Schema(description = "The services and versions the complete parts came from, e.g. "
                    + "talent-service/0.1.0 vacancy-service/0.1.0") String serviceVersions,
            @Schema(description = "The parts that are missing, space-separated; empty when none")
            String missingParts) {

        static Provenance of(Table<?> table) {
            return new Provenance(table.referenceDate(), table.takenAt(),
                    table.sources().stream().filter(s -> s.status() == PartStatus.COMPLETE)
                            .map(s -> s.service() + "/" + s.serviceVersion()).distinct().sorted()
                            .collect(Collectors.joining(" ")),
                    table.sources().stream().filter(s -> s.status() == PartStatus.MISSING)
                            .map(SourcePart::part).collect(Collectors.joining(" ")));
        }
    }

    public record SupplyDemandLine(@JsonUnwrapped Provenance provenance, @JsonUnwrapped SupplyDemandFigures figures) {

        static List<SupplyDemandLine> of(Table<SupplyDemandFigures> table) {
            Provenance provenance = Provenance.of(table);
            return table.rows().stream().map(row -> new SupplyDemandLine(provenance, row)).toList();
        }
    }

    public record RecruitmentLine(@JsonUnwrapped Provenance provenance, @JsonUnwrapped RecruitmentFigures figures) {

        static List<RecruitmentLine> of(Table<RecruitmentFigures> table) {
            Provenance provenance = Provenance.of(table);
            return table.rows().stream().map(row -> new RecruitmentLine(provenance, row)).toList();
        }
    }

    public record DiversityLine(@JsonUnwrapped Provenance provenance, String period,
            @JsonUnwrapped StageComposition figure) {

        static List<DiversityLine> of(Table<StageComposition> table) {
            Provenance provenance = Provenance.of(table);
            return table.rows().stream().map(row -> new DiversityLine(provenance, table.period(), row)).toList();
        }
    }
}
