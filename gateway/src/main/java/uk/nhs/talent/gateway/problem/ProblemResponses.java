package uk.nhs.talent.gateway.problem;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.Problem;
import uk.nhs.talent.commons.problem.ProblemType;

/**
 * The gateway's own refusals as the same RFC 9457 problems the services answer with: the routes it proxies
 * are Vert.x routes, outside the services' JAX-RS exception mappers.
 */
@ApplicationScoped
public class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);

    public static void send(RoutingContext context, ApiProblem problem) {
        Problem body = problem.toProblem(context.request().path());
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(body));
    }

    void install(@Observes Router router) {
        // A path no service serves reaches Quarkus REST, whose 404 the shared ProblemMappers shape.
        router.route().order(Integer.MIN_VALUE + 1).failureHandler(this::failed);
    }

    private void failed(RoutingContext context) {
        Throwable failure = context.failure();
        if (context.response().ended()) {
            return;
        }
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
            send(context, ApiProblem.unauthenticated());
        } else if (failure instanceof ForbiddenException) {
            send(context, ApiProblem.forbidden());
        } else if (failure instanceof OIDCException) {
            LOG.warnf("Token check impossible on %s: %s", context.request().path(), failure.getMessage());
            send(context, ApiProblem.of(ProblemType.UNAVAILABLE, "Tokens cannot be checked right now; retry shortly"));
        } else {
            String errorId = UUID.randomUUID().toString();
            // The type only: messages may quote request values.
            LOG.errorf("Unexpected error %s on %s: %s", errorId, context.request().path(),
                    failure == null ? "status " + context.statusCode() : failure.getClass().getName());
            send(context, ApiProblem.internalError(errorId));
        }
    }
}
