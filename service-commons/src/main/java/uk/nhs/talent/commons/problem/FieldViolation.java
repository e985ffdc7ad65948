package uk.nhs.talent.commons.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field of a request that is at fault, named by its JSON path (or header or query parameter name). */
@Schema(name = "FieldViolation")
public record FieldViolation(
        @Schema(example = "roleFamily") String field,
        @Schema(example = "must be one of [CHIEF_EXECUTIVE, FINANCE, ...]") String message) {
}
