package uk.nhs.talent.commons.logging;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request a correlation id before anything else runs: the caller's {@value #HEADER} if it is a
 * plausible id, else a new one. It is set on the request (so the gateway forwards it to the services), echoed
 * in the response and put in the logging context as {@value #MDC_KEY}, so that the log lines of one request
 * can be found in every service.
 */
@ApplicationScoped
public class CorrelationIds {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    /** Ids are echoed and logged: accept only short tokens, never free text that could carry personal data. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::tag);
    }

    void tag(RoutingContext context) {
        String id = accepted(context.request().getHeader(HEADER));
        context.request().headers().set(HEADER, id);
        context.response().putHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        context.next();
    }

    static String accepted(String offered) {
        return offered != null && ACCEPTED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
