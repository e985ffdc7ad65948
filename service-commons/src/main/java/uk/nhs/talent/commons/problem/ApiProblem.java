package uk.nhs.talent.commons.problem;

import java.net.URI;
import java.util.List;

/**
 * A failure that is the caller's to fix (or a refusal), thrown from anywhere in a service and turned into a
 * {@link Problem} response by {@link ProblemMappers}. Throwing it rolls back the surrounding transaction.
 */
public class ApiProblem extends RuntimeException {

    private static final String TYPE_PREFIX = "urn:uk:nhs:talent:problem:";

    private final int status;
    private final String kind;
    private final String title;
    private final List<FieldViolation> violations;

    public ApiProblem(int status, String kind, String title, String detail, List<FieldViolation> violations) {
        super(detail, null, false, false);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public static URI type(String kind) {
        return URI.create(TYPE_PREFIX + kind);
    }

    public static ApiProblem invalid(String detail, List<FieldViolation> violations) {
        return new ApiProblem(400, "invalid-request", "Invalid request", detail, violations);
    }

    public static ApiProblem invalidField(String field, String message) {
        return invalid(field + ": " + message, List.of(new FieldViolation(field, message)));
    }

    public static ApiProblem unauthenticated() {
        return new ApiProblem(401, "unauthenticated", "Unauthenticated", "A valid bearer token is required", List.of());
    }

    public static ApiProblem forbidden() {
        return new ApiProblem(403, "forbidden", "Forbidden", "Your role does not allow this operation", List.of());
    }

    /** For the unexpected: the detail carries only an id to quote, which the log line carries too. */
    public static ApiProblem internalError(String errorId) {
        return new ApiProblem(500, "internal-error", "Internal error",
                "Unexpected error; quote " + errorId + " when reporting it", List.of());
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "not-found", "Not found", detail, List.of());
    }

    public static ApiProblem conflict(String kind, String detail) {
        return new ApiProblem(409, kind, "Conflict", detail, List.of());
    }

    public static ApiProblem preconditionFailed(String detail) {
        return new ApiProblem(412, "stale-version", "Precondition failed", detail, List.of());
    }

    public static ApiProblem preconditionRequired(String detail) {
        return new ApiProblem(428, "version-required", "Precondition required", detail, List.of());
    }

    public static ApiProblem unprocessable(String kind, String detail) {
        return new ApiProblem(422, kind, "Unprocessable request", detail, List.of());
    }

    public static ApiProblem payloadTooLarge(String detail) {
        return new ApiProblem(413, "payload-too-large", "Payload too large", detail, List.of());
    }

    public static ApiProblem unsupportedMediaType(String detail) {
        return new ApiProblem(415, "unsupported-media-type", "Unsupported media type", detail, List.of());
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(type(kind), title, status, getMessage(), instance, violations);
    }
}
