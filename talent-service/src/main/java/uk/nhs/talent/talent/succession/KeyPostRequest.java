package uk.nhs.talent.talent.succession;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.commons.validation.PersonRef;
import uk.nhs.talent.events.talent.RiskOfLoss;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/** A key post, new or revised. */
@Schema(name = "KeyPostRequest")
public record KeyPostRequest(
        @NotBlank @Size(max = 16) @Schema(example = "RW3") String orgCode,
        @NotBlank @Size(max = 200) @Schema(example = "Chief Finance Officer") String title,
        @NotNull RoleFamily roleFamily,
        @NotNull Level level,
        @NotNull Boolean boardPost,
        @PersonRef @Schema(description = "The post holder's personRef; leave out for a vacant post") String incumbent,
        @Schema(description = "When the incumbent is expected to leave, if known") LocalDate incumbentLeavingOn,
        @NotNull RiskOfLoss riskOfLoss) {
}
