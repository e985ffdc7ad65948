package uk.nhs.talent.commons.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Refuses a declared body larger than the configured limit with a 413 problem before it is read. The HTTP
 * server's own hard limit (quarkus.http.limits.max-body-size) stays above it for bodies without a length.
 */
public class BodySizeLimit {

    @ConfigMapping(prefix = "talent.http")
    public interface Limits {
        /** The largest request body accepted, in bytes. */
        @WithDefault("65536")
        long maxBodyBytes();
    }

    private final Limits limits;

    public BodySizeLimit(Limits limits) {
        this.limits = limits;
    }

    @ServerRequestFilter(preMatching = true)
    public void refuseOversizedBody(ContainerRequestContext request) {
        requireWithin(request.getHeaderString(HttpHeaders.CONTENT_LENGTH), limits.maxBodyBytes());
    }

    /** Throws the 400 or 413 problem for a declared length that is not a number or above the limit. */
    public static void requireWithin(String declaredLength, long maxBytes) {
        if (declaredLength == null) {
            return;
        }
        long length;
        try {
            length = Long.parseLong(declaredLength.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidField(HttpHeaders.CONTENT_LENGTH, "is not a number");
        }
        if (length > maxBytes) {
            throw ApiProblem.payloadTooLarge(
                    "The request body is " + length + " bytes; at most " + maxBytes + " are accepted");
        }
    }
}
