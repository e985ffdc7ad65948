package uk.nhs.talent.commons.problem;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;

/**
 * Every kind of problem the system answers with, in one catalogue: its status, title and {@code type} URI
 * ({@code urn:uk:nhs:talent:problem:<kind>}). Clients may switch on the type; the detail is for people.
 */
public enum ProblemType {

    INVALID_REQUEST(400, "Invalid request"),
    UNAUTHENTICATED(401, "Unauthenticated"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    /** The change is not allowed from the resource's current state. */
    ILLEGAL_TRANSITION(409, "Conflict"),
    /** Another request changed the resource at the same time, and this one sent no If-Match. */
    CONCURRENT_CHANGE(409, "Conflict"),
    /** The resource already exists (a unique business key). */
    ALREADY_EXISTS(409, "Conflict"),
    LENGTH_REQUIRED(411, "Length required"),
    STALE_VERSION(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    /** An Idempotency-Key (or CloudEvent source and id) sent again with another operation or body. */
    IDEMPOTENCY_KEY_REUSED(422, "Unprocessable request"),
    VERSION_REQUIRED(428, "Precondition required"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL_ERROR(500, "Internal error"),
    BAD_GATEWAY(502, "Bad gateway"),
    UNAVAILABLE(503, "Service unavailable");

    private static final String TYPE_PREFIX = "urn:uk:nhs:talent:problem:";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The kind as it appears in the type URI, such as {@code stale-version}. */
    public String kind() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public URI uri() {
        return URI.create(TYPE_PREFIX + kind());
    }

    /** The generic type of an HTTP status that the framework answers by itself (an unknown path, a wrong method). */
    public static ProblemType forStatus(int status) {
        return Arrays.stream(values()).filter(type -> type.status == status).findFirst()
                .orElse(status >= 500 ? INTERNAL_ERROR : INVALID_REQUEST);
    }
}
