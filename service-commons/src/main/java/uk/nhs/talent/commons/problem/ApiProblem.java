package uk.nhs.talent.commons.problem;

import java.util.List;

/**
 * A failure that is the caller's to fix (or a refusal), thrown from anywhere in a service and turned into a
 * {@link Problem} response by {@link ProblemMappers}. Throwing it rolls back the surrounding transaction.
 * Every problem is of a {@link ProblemType}; the factories below are the only way to make one.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final List<FieldViolation> violations;

    private ApiProblem(ProblemType type, String detail, List<FieldViolation> violations) {
        super(detail, null, false, false);
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public static ApiProblem of(ProblemType type, String detail) {
        return new ApiProblem(type, detail, List.of());
    }

    public static ApiProblem invalid(String detail, List<FieldViolation> violations) {
        return new ApiProblem(ProblemType.INVALID_REQUEST, detail, violations);
    }

    public static ApiProblem invalidField(String field, String message) {
        return invalid(field + ": " + message, List.of(new FieldViolation(field, message)));
    }

    public static ApiProblem unauthenticated() {
        return of(ProblemType.UNAUTHENTICATED, "A valid bearer token is required");
    }

    public static ApiProblem forbidden() {
        return of(ProblemType.FORBIDDEN, "Your role does not allow this operation");
    }

    public static ApiProblem forbidden(String detail) {
        return of(ProblemType.FORBIDDEN, detail);
    }

    /** For the unexpected: the detail carries only an id to quote, which the log line carries too. */
    public static ApiProblem internalError(String errorId) {
        return of(ProblemType.INTERNAL_ERROR, "Unexpected error; quote " + errorId + " when reporting it");
    }

    public static ApiProblem notFound(String detail) {
        return of(ProblemType.NOT_FOUND, detail);
    }

    public static ApiProblem illegalTransition(String detail) {
        return of(ProblemType.ILLEGAL_TRANSITION, detail);
    }

    public static ApiProblem preconditionFailed(String detail) {
        return of(ProblemType.STALE_VERSION, detail);
    }

    public static ApiProblem preconditionRequired(String detail) {
        return of(ProblemType.VERSION_REQUIRED, detail);
    }

    public static ApiProblem payloadTooLarge(String detail) {
        return of(ProblemType.PAYLOAD_TOO_LARGE, detail);
    }

    public static ApiProblem unsupportedMediaType(String detail) {
        return of(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail);
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return type.status();
    }

    public Problem toProblem(String instance) {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), instance, violations);
    }
}
