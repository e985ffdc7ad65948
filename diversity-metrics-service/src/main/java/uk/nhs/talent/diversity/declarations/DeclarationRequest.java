package uk.nhs.talent.diversity.declarations;

import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.diversity.characteristics.EthnicCategory;
import uk.nhs.talent.diversity.characteristics.MarriageCivilPartnership;
import uk.nhs.talent.diversity.characteristics.ReligionOrBelief;
import uk.nhs.talent.diversity.characteristics.Sex;
import uk.nhs.talent.diversity.characteristics.SexualOrientation;
import uk.nhs.talent.diversity.characteristics.YesNo;

/**
 * A person's self-declared equality monitoring, as the HR system collected it. A characteristic left out is
 * stored as NOT_STATED; each has PREFER_NOT_TO_SAY.
 */
@Schema(name = "Declaration", description = "Self-declared equality monitoring of one person. Write-only: no "
        + "endpoint returns it. A characteristic left out is NOT_STATED.")
public record DeclarationRequest(
        EthnicCategory ethnicCategory,
        YesNo disability,
        Sex sex,
        @Schema(description = "Whether the person's gender identity differs from the sex registered at birth")
        YesNo genderReassignment,
        SexualOrientation sexualOrientation,
        ReligionOrBelief religionOrBelief,
        MarriageCivilPartnership marriageAndCivilPartnership,
        @Schema(description = "Pregnant, or given birth in the last 26 weeks")
        YesNo pregnancyAndMaternity,
        @Pattern(regexp = AgeDeclaration.PATTERN, message = "must be a four-digit year, PREFER_NOT_TO_SAY or NOT_STATED")
        @Schema(description = "Four-digit year of birth, PREFER_NOT_TO_SAY or NOT_STATED", example = "1975",
                pattern = AgeDeclaration.PATTERN)
        String yearOfBirth) {
}
