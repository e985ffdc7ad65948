package uk.nhs.talent.talent.profiles;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the person agreed to share, and when and how they said so. */
@Schema(name = "Consent")
public record Consent(
        @NotNull @Schema(description = "Visible to the regional talent management forums of their home region and "
                + "of the regions they would move to") Boolean shareWithForum,
        @NotNull @Schema(description = "Counted in national figures beyond anonymous aggregates (for example an "
                + "SLSF review of a succession plan)") Boolean shareNationally,
        @NotNull @Schema(example = "2026-09-15") LocalDate givenOn,
        @NotNull ConsentMethod method) {
}
