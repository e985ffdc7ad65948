package uk.nhs.talent.commons.http;

import jakarta.ws.rs.HeaderParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The request headers of every write: {@code If-Match} and {@code Idempotency-Key} ({@code @BeanParam}). */
public class WriteHeaders {

    public static final String IF_MATCH = "If-Match";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @HeaderParam(IF_MATCH)
    @Parameter(description = "The ETag you read, such as \"3\": the write is refused (412) if the resource has "
            + "changed since")
    public String ifMatch;

    @HeaderParam(IDEMPOTENCY_KEY)
    @Parameter(description = "Repeat-safe writes: a repeat with the same key returns the first response (header "
            + "Idempotent-Replayed: true) and changes nothing. 1 to 200 visible ASCII characters")
    public String idempotencyKey;

    /** The version {@code If-Match} asks for, or null when it is absent. */
    public Long expectedVersion() {
        return ETags.expectedVersion(ifMatch);
    }

    /** The version {@code If-Match} asks for; 428 when it is absent. */
    public long requiredVersion() {
        return ETags.requiredVersion(ifMatch);
    }
}
