package uk.nhs.talent.commons.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Refuses a declared body larger than the configured limit with a 413 problem before it is read. The limit is
 * one for every path but those given their own (a bulk import, say). The HTTP server's own hard limit
 * (quarkus.http.limits.max-body-size) stays above the largest of them for bodies without a length; behind the
 * gateway every body has one (it answers 411 otherwise).
 */
public class BodySizeLimit {

    @ConfigMapping(prefix = "talent.http")
    public interface Limits {
        /** The largest request body accepted, in bytes, on a path without a limit of its own. */
        @WithDefault("65536")
        long maxBodyBytes();

        /**
         * Limits of their own for some paths, by a name of your choice: {@code talent.http.path-limits.<name>.paths}
         * and {@code .max-body-bytes}. Where several match a path, the longest pattern wins.
         */
        Map<String, PathLimit> pathLimits();

        interface PathLimit {
            /** As quarkus.http.auth.permission.*.paths: an exact path, or a prefix ending in {@code /*}. */
            List<String> paths();

            long maxBodyBytes();
        }
    }

    private final Limits limits;

    public BodySizeLimit(Limits limits) {
        this.limits = limits;
    }

    @ServerRequestFilter(preMatching = true)
    public void refuseOversizedBody(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        requireWithin(request.getHeaderString(HttpHeaders.CONTENT_LENGTH), maxBodyBytes(limits, path));
    }

    /** The limit on {@code path}: its own if a path limit matches it (the longest pattern), else the default. */
    public static long maxBodyBytes(Limits limits, String path) {
        long max = limits.maxBodyBytes();
        int longest = -1;
        for (Limits.PathLimit limit : limits.pathLimits().values()) {
            for (String pattern : limit.paths()) {
                if (pattern.length() > longest && matches(pattern, path)) {
                    longest = pattern.length();
                    max = limit.maxBodyBytes();
                }
            }
        }
        return max;
    }

    private static boolean matches(String pattern, String path) {
        if (pattern.endsWith("/*")) {
            String prefix = pattern.substring(0, pattern.length() - 2);
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }
        return path.equals(pattern);
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
