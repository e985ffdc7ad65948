package uk.nhs.talent.gateway.slsf;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A snapshot in the feed's history: what it is about, not its figures (GET it by date for those). */
@Schema(description = "A published SLSF snapshot")
public record SnapshotSummary(
        @Schema(description = "The CloudEvent id") UUID id,
        @Schema(description = "The day the figures are as of") LocalDate referenceDate,
        @Schema(description = "When the figures were taken (the CloudEvent time)") OffsetDateTime takenAt,
        @Schema(description = "Whether every part is in") boolean complete,
        @Schema(description = "The parts missing, space-separated; empty when complete") String missingParts,
        @Schema(description = "SHA-256 of the CloudEvent's data: two snapshots with the same hash hold the same "
                + "figures") String dataSha256) {

    static SnapshotSummary of(SlsfSnapshot snapshot) {
        return new SnapshotSummary(snapshot.id, snapshot.referenceDate, snapshot.takenAt, snapshot.complete,
                snapshot.missingParts, snapshot.dataSha256);
    }
}
