package uk.nhs.talent.talent.readiness;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.vacancy.RoleFamily;

/** The bodies of the assessments a forum lead records, one record each. */
public final class AssessmentRequests {

    private AssessmentRequests() {
    }

    @Schema(name = "ReadinessRequest")
    public record ReadinessRequest(
            @NotNull @Schema(description = "The target role family assessed") RoleFamily roleFamily,
            @NotNull Readiness readiness,
            @NotNull @Schema(example = "2026-10-14") LocalDate assessedOn) {
    }

    @Schema(name = "NineBoxRequest")
    public record NineBoxRequest(
            @NotNull @Min(value = 1, message = "must be 1, 2 or 3") @Max(value = 3, message = "must be 1, 2 or 3")
            @Schema(description = "Performance, 1 (low) to 3 (high)") Integer performance,
            @NotNull @Min(value = 1, message = "must be 1, 2 or 3") @Max(value = 3, message = "must be 1, 2 or 3")
            @Schema(description = "Potential, 1 (low) to 3 (high)") Integer potential,
            @NotBlank @Size(max = 200) @Schema(description = "The forum's talent review that agreed it",
                    example = "North West forum talent review, autumn 2026") String talentReview,
            @NotNull @Schema(example = "2026-10-14") LocalDate reviewedOn) {
    }
}
