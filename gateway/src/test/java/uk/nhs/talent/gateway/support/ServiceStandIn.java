package uk.nhs.talent.gateway.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import uk.nhs.talent.testsupport.FreePorts;

/**
 * Stands in for the services behind the gateway in the gateway's own tests: records each request it receives
 * and answers 200 with a small JSON body, or what a test set for the path ({@link #answer}), after a delay if
 * asked. (The end-to-end tests run the real services.) A second route points at a port nobody listens on, for the
 * unreachable-service case.
 */
public class ServiceStandIn implements QuarkusTestResourceLifecycleManager {

    /** What reached the service. */
    public record Received(String method, String uri, MultiMap headers, String body) {
    }

    /** A set answer: status, JSON body, the service's version header, and how long to wait before it. */
    public record Answer(int status, String json, String serviceVersion, Duration delay) {

        public static Answer json(String json, String serviceVersion) {
            return new Answer(200, json, serviceVersion, Duration.ZERO);
        }

        public Answer after(Duration wait) {
            return new Answer(status, json, serviceVersion, wait);
        }
    }

    private static final BlockingQueue<Received> RECEIVED = new LinkedBlockingQueue<>();
    private static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            RECEIVED.add(new Received(request.method().name(), request.uri(),
                    MultiMap.caseInsensitiveMultiMap().addAll(request.headers()), body.toString()));
            Answer answer = ANSWERS.getOrDefault(request.uri(), ANSWERS.getOrDefault(request.path(),
                    Answer.json("{\"servedBy\":\"stand-in\"}", null)));
            Runnable respond = () -> {
                request.response()
                        .setStatusCode(answer.status())
                        .putHeader("Content-Type", "application/json")
                        .putHeader("X-Correlation-Id", String.valueOf(request.getHeader("X-Correlation-Id")));
                if (answer.serviceVersion() != null) {
                    request.response().putHeader("X-Service-Version", answer.serviceVersion());
                }
                request.response().end(answer.json());
            };
            if (answer.delay().isZero()) {
                respond.run();
            } else {
                vertx.setTimer(answer.delay().toMillis(), id -> respond.run());
            }
        }));
        int port = server.listen(0).toCompletionStage().toCompletableFuture().join().actualPort();
        return Map.of(
                "talent.gateway.services.vacancy-service.url", "http://localhost:" + port,
                "talent.gateway.services.talent-service.url", "http://localhost:" + port,
                "talent.gateway.services.diversity-metrics-service.url", "http://localhost:" + port,
                "talent.gateway.services.unreachable-service.url", "http://localhost:" + FreePorts.pick(),
                "talent.gateway.services.unreachable-service.paths", "/unreachable,/unreachable/*");
    }

    @Override
    public void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** Forgets what was received and every set answer. */
    public static void forget() {
        RECEIVED.clear();
        ANSWERS.clear();
    }

    /** Answers requests for {@code path} so from now on: a path alone (any query), or a path and its query. */
    public static void answer(String path, Answer answer) {
        ANSWERS.put(path, answer);
    }

    /** The next request the service received, waiting briefly for it. */
    public static Received next() throws InterruptedException {
        Received received = RECEIVED.poll(5, TimeUnit.SECONDS);
        if (received == null) {
            throw new AssertionError("No request reached the service");
        }
        return received;
    }

    /** Everything received so far (for "nothing reached the service"). */
    public static List<Received> received() {
        return List.copyOf(RECEIVED);
    }
}
