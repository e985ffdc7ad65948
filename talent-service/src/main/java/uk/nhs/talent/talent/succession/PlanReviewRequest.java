package uk.nhs.talent.talent.succession;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.commons.validation.PersonRef;

/** The national review of a submitted plan. */
@Schema(name = "PlanReview")
public record PlanReviewRequest(
        @NotNull Decision decision,
        @Size(max = 50) @Schema(description = "The successors in the order endorsed; leave out for the system's")
        List<@NotNull @PersonRef String> order,
        @Size(max = 4000) @Schema(description = "Required to return a plan") String comments,
        @Size(max = 4000) @Schema(description = "Required when the order departs from the system's ranking")
        String rationale) {

    public enum Decision {
        ENDORSE, RETURN
    }
}
