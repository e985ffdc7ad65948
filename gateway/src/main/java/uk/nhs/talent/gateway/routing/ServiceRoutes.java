package uk.nhs.talent.gateway.routing;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import uk.nhs.talent.commons.logging.CorrelationIds;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.ProblemType;
import uk.nhs.talent.commons.problem.Problem;
import uk.nhs.talent.gateway.ratelimit.HrSystemRateLimit;

/**
 * Routes each service's public paths to it with Vert.x's reverse proxy: the request (headers, the caller's
 * token, the correlation id, the body) streams through unchanged. Who may call which path is configuration
 * (quarkus.http.auth.permission.*), checked before these handlers run; each service checks again.
 * Each service's API description is served at /openapi/{service} for the Swagger UI.
 */
@ApplicationScoped
public class ServiceRoutes {

    private final GatewayConfig config;
    private final RequestBodyLimit bodyLimit;
    private final HrSystemRateLimit rateLimit;
    private final Vertx vertx;

    public ServiceRoutes(GatewayConfig config, RequestBodyLimit bodyLimit, HrSystemRateLimit rateLimit, Vertx vertx) {
        this.config = config;
        this.bodyLimit = bodyLimit;
        this.rateLimit = rateLimit;
        this.vertx = vertx;
    }

    void install(@Observes Router router) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(config.connectionsPerService())
                .setConnectTimeout((int) config.connectTimeout().toMillis()));
        config.services().forEach((name, upstream) -> {
            HttpProxy proxy = proxyTo(client, upstream.url());
            for (String path : upstream.paths()) {
                router.route(path)
                        .handler(bodyLimit::handle)
                        .handler(rateLimit::handle)
                        .handler(context -> proxy.handle(context.request()));
            }
            HttpProxy description = proxyTo(client, upstream.url()).addInterceptor(new ToPath("/q/openapi?format=json"));
            router.get("/openapi/" + name).handler(context -> description.handle(context.request()));
        });
    }

    private static HttpProxy proxyTo(HttpClient client, URI url) {
        int port = url.getPort() > 0 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
        return HttpProxy.reverseProxy(client).origin(port, url.getHost()).addInterceptor(new ServiceResponse());
    }

    /**
     * The gateway set the correlation id on its response already (the service echoes the same one); a service
     * that cannot be reached (the proxy's own 502, with no body) is answered with a problem like every refusal.
     */
    private static final class ServiceResponse implements ProxyInterceptor {
        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            ProxyResponse response = context.response();
            response.headers().remove(CorrelationIds.HEADER);
            if (response.getStatusCode() == 502 && response.getBody() == null) {
                Problem problem = ApiProblem.of(ProblemType.BAD_GATEWAY,
                        "The service behind this path cannot be reached; retry shortly")
                        .toProblem(context.request().proxiedRequest().path());
                response.putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .setBody(Body.body(Buffer.buffer(Json.encode(problem))));
            }
            return context.sendResponse();
        }
    }

    /** Sends the request to another path of the service. */
    private record ToPath(String uri) implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            context.request().setURI(uri);
            return context.sendRequest();
        }
    }
}
