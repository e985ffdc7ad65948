package uk.nhs.talent.talent.profiles;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.events.talent.DevelopmentProgramme;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/** A new talent profile, or its revised content. Synthetic examples only. */
@Schema(name = "ProfileRequest")
public record ProfileRequest(
        @NotBlank @Size(max = 100) @Schema(example = "Alex") String givenName,
        @NotBlank @Size(max = 100) @Schema(example = "Example") String familyName,
        @NotBlank @Email @Size(max = 254) @Schema(example = "alex.example@nhs.example") String workEmail,
        @NotBlank @Size(max = 16) @Schema(description = "ODS code of the current organisation; its ICB and region "
                + "come from the reference data", example = "RW3") String orgCode,
        @NotNull @Schema(description = "Current role family") RoleFamily roleFamily,
        @NotNull @Schema(description = "Current level") Level level,
        @NotNull @Size(max = 5) @Schema(description = "Role families they aspire to")
        List<@NotNull RoleFamily> targetRoleFamilies,
        @Schema(description = "Level they aspire to") Level targetLevel,
        @NotNull @Size(max = 7) @Schema(description = "Regions they would move to, besides their own",
                example = "[\"Y63\"]")
        List<@NotNull @Pattern(regexp = "Y5[6-9]|Y6[0-3]", message = "must be an NHS England region code, Y56 to Y63")
                String> mobilityRegions,
        @NotNull @Size(max = 10) List<@NotNull DevelopmentProgramme> programmes,
        @NotNull @Valid Consent consent,
        @Schema(example = "2026-09-15") LocalDate lastCareerConversationOn) {
}
