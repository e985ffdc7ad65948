package uk.nhs.talent.diversity.declarations;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One bulk import of declarations: its progress while it runs and its outcome. Holds counts only, nothing of the
 * file. Every method checks before it changes anything: counts only grow while it runs, and it completes only when
 * every row was counted.
 */
@Entity
@Table(name = "declaration_import")
public class DeclarationImport {

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeclarationImportStatus status;
    @Column(name = "total_rows", nullable = false)
    public int totalRows;
    @Column(name = "processed_rows", nullable = false)
    public int processedRows;
    @Column(name = "imported_rows", nullable = false)
    public int importedRows;
    @Column(name = "refused_rows", nullable = false)
    public int refusedRows;
    @Column(name = "started_by", nullable = false)
    public String startedBy;
    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    static DeclarationImport start(int totalRows, String startedBy, OffsetDateTime now) {
        if (totalRows < 1) {
            throw new IllegalArgumentException("An import has at least one row");
        }
        DeclarationImport started = new DeclarationImport();
        started.id = UUID.randomUUID();
        started.status = DeclarationImportStatus.RUNNING;
        started.totalRows = totalRows;
        started.startedBy = startedBy;
        started.startedAt = now;
        return started;
    }

    /** Counts a chunk of rows, stored in the same transaction. */
    void counted(int imported, int refused) {
        requireRunning();
        if (imported < 0 || refused < 0 || processedRows + imported + refused > totalRows) {
            throw new IllegalStateException("Import " + id + " would count more rows than it has");
        }
        importedRows += imported;
        refusedRows += refused;
        processedRows += imported + refused;
    }

    void complete(OffsetDateTime now) {
        requireRunning();
        if (processedRows != totalRows) {
            throw new IllegalStateException("Import " + id + " has rows not counted yet");
        }
        status = DeclarationImportStatus.COMPLETED;
        finishedAt = now;
    }

    /** What was committed stays (each chunk is whole); the rest of the file was not stored. */
    void fail(OffsetDateTime now) {
        requireRunning();
        status = DeclarationImportStatus.FAILED;
        finishedAt = now;
    }

    private void requireRunning() {
        if (status != DeclarationImportStatus.RUNNING) {
            throw new IllegalStateException("Import " + id + " is " + status + ", no longer running");
        }
    }
}
