package uk.nhs.talent.diversity.declarations;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import's progress and outcome: counts only, nothing of the file. */
@Schema(name = "DeclarationImport", description = "Progress and outcome of a bulk import of declarations. Counts "
        + "move a chunk of rows at a time while it is RUNNING.")
public record DeclarationImportView(
        UUID id,
        DeclarationImportStatus status,
        @Schema(description = "Rows after the header") int totalRows,
        @Schema(description = "Rows imported or refused so far") int processedRows,
        int importedRows,
        @Schema(description = "Rows refused whole; GET its refusals for the row numbers and columns") int refusedRows,
        @Schema(description = "Who started it (token subject)") String startedBy,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {

    static DeclarationImportView of(DeclarationImport run) {
        return new DeclarationImportView(run.id, run.status, run.totalRows, run.processedRows, run.importedRows,
                run.refusedRows, run.startedBy, run.startedAt, run.finishedAt);
    }
}
