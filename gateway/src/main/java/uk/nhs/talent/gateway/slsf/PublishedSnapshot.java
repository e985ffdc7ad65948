package uk.nhs.talent.gateway.slsf;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.events.EventTypes;
import uk.nhs.talent.events.slsf.SupplyDemandSnapshot;

/**
 * The shape of a snapshot as published, for the API description only: the feed answers the stored CloudEvent's
 * bytes (structured JSON format, CloudEvents 1.0), never this record.
 */
@Schema(name = "SupplyDemandSnapshotEvent", description = "A structured CloudEvent (CloudEvents 1.0 JSON format) "
        + "exactly as published on slsf.snapshots.v1; its data follows the event-contracts schema "
        + "schemas/uk.nhs.talent.slsf.supply-demand-snapshot.v1.json")
public record PublishedSnapshot(
        @Schema(description = "Always 1.0", example = "1.0", required = true) String specversion,
        @Schema(description = "The snapshot's own id (UUID): differs between two snapshots of the same figures",
                required = true) String id,
        @Schema(example = "/gateway", required = true) String source,
        @Schema(example = EventTypes.SLSF_SUPPLY_DEMAND_SNAPSHOT, required = true) String type,
        @Schema(description = "The reference date (YYYY-MM-DD), also the Kafka record key", example = "2026-12-03",
                required = true) String subject,
        @Schema(description = "When the snapshot was taken", required = true) OffsetDateTime time,
        @Schema(example = "application/json", required = true) String datacontenttype,
        @Schema(description = "The figures: the same data gives the same bytes", required = true)
        SupplyDemandSnapshot data) {
}
