package uk.nhs.talent.gateway.routing;


import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.ProblemType;
import uk.nhs.talent.commons.problem.BodySizeLimit;
import uk.nhs.talent.gateway.problem.ProblemResponses;

/**
 * Refuses a body above the services' limit at the door, with the same 413 problem, before any of it is forwarded:
 * talent.http.max-body-bytes, or the path's own (talent.http.path-limits, as the service behind it has).
 * Bodies are streamed to the services, so a body must declare its length: one sent without (chunked) gets a 411
 * problem rather than being counted while already on its way.
 */
@ApplicationScoped
public class RequestBodyLimit {

    private final BodySizeLimit.Limits limits;

    public RequestBodyLimit(BodySizeLimit.Limits limits) {
        this.limits = limits;
    }

    public void handle(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null && hasBodyOfUnknownLength(context.request())) {
            ProblemResponses.send(context, ApiProblem.of(ProblemType.LENGTH_REQUIRED,
                    "Send the request body with a Content-Length header"));
            return;
        }
        try {
            BodySizeLimit.requireWithin(declared, BodySizeLimit.maxBodyBytes(limits, context.normalizedPath()));
        } catch (ApiProblem problem) {
            ProblemResponses.send(context, problem);
            return;
        }
        context.next();
    }

    /** HTTP/1.1 says so with Transfer-Encoding; an HTTP/2 request without a body has ended with its headers. */
    private static boolean hasBodyOfUnknownLength(HttpServerRequest request) {
        return request.headers().contains(HttpHeaders.TRANSFER_ENCODING)
                || (request.version() == HttpVersion.HTTP_2 && !request.isEnded());
    }
}
