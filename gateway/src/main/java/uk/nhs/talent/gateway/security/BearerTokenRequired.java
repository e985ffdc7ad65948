package uk.nhs.talent.gateway.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.gateway.problem.ProblemResponses;
import uk.nhs.talent.gateway.routing.GatewayConfig;

/**
 * Answers a request without a bearer token on a protected path with the 401 problem, before authentication
 * runs: the HTTP permission check would send the OIDC challenge with an empty body. That includes any other
 * scheme ({@code Basic}, say), which the OIDC extension ignores as if no token were sent. Requests that carry a
 * bearer token go on to the real checks (signature, issuer, audience, expiry, roles), whose refusals
 * ProblemResponses shapes.
 */
@ApplicationScoped
public class BearerTokenRequired {

    /** Before Quarkus' authentication handler (order -200), after CORS preflights are answered. */
    private static final int ORDER = -250;

    private static final String BEARER = "Bearer ";

    private final List<String> publicPaths;

    public BearerTokenRequired(GatewayConfig config) {
        this.publicPaths = List.copyOf(config.publicPaths());
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext context) {
        if (context.request().method() == HttpMethod.OPTIONS
                || hasBearerToken(context.request().getHeader(HttpHeaders.AUTHORIZATION))
                || isPublic(context.request().path())) {
            context.next();
            return;
        }
        context.response().putHeader("WWW-Authenticate", "Bearer");
        ProblemResponses.send(context, ApiProblem.unauthenticated());
    }

    static boolean hasBearerToken(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && !authorization.substring(BEARER.length()).isBlank();
    }

    /** The same path patterns as quarkus.http.auth.permission.*.paths: exact, or a prefix ending in /*. */
    boolean isPublic(String path) {
        for (String pattern : publicPaths) {
            if (pattern.endsWith("/*")) {
                String prefix = pattern.substring(0, pattern.length() - 2);
                if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                    return true;
                }
            } else if (path.equals(pattern)) {
                return true;
            }
        }
        return false;
    }
}
