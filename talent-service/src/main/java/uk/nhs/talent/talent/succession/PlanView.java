package uk.nhs.talent.talent.succession;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.events.talent.Readiness;

/** A submitted succession plan and its review. */
@Schema(name = "SuccessionPlan")
public record PlanView(UUID keyPostId, long planVersion, SuccessionPlan.Status status,
        @Schema(description = "The successors as submitted, in the system's order") List<PlannedSuccessor> successors,
        OffsetDateTime submittedAt, OffsetDateTime reviewedAt,
        @Schema(description = "The order endorsed; null unless endorsed") List<String> endorsedOrder,
        String comments, String rationale) {

    /** One successor as the plan was submitted, with the system's rank (1 is first). */
    @Schema(name = "PlannedSuccessor")
    public record PlannedSuccessor(int systemRank, String personRef, Readiness readiness,
            LocalDate readinessAssessedOn) {
    }
}
