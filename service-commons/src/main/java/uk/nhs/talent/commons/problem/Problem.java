package uk.nhs.talent.commons.problem;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * RFC 9457 problem details: the one error body every service returns, as {@value #MEDIA_TYPE}.
 * Never carries a stack trace, a class name or personal data.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "Identifies the kind of problem", example = "urn:uk:nhs:talent:problem:invalid-request") URI type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(description = "What is wrong, for a person", example = "closingOn must not be before openedOn") String detail,
        @Schema(description = "The request path", example = "/vacancies") String instance,
        @Schema(description = "The fields at fault, when the problem is with the request's content") List<FieldViolation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }
}
