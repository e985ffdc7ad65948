package uk.nhs.talent.talent.succession;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.nhs.talent.commons.validation.PersonRef;
import uk.nhs.talent.events.talent.Readiness;

/** The body of a successor's nomination. */
@Schema(name = "SuccessorNomination")
public record SuccessorRequest(
        @NotNull @PersonRef @Schema(example = "tp-qwhdkzmvbtrnfeyx") String personRef,
        @NotNull @Schema(description = "Readiness for this post") Readiness readiness,
        @NotNull @Schema(example = "2026-10-14") LocalDate readinessAssessedOn,
        @NotNull @Schema(example = "2026-10-14") LocalDate nominatedOn) {
}
