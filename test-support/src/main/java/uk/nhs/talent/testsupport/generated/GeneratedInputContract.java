package uk.nhs.talent.testsupport.generated;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * Thousands of generated requests against every write endpoint of a service, inherited by the service's
 * {@code @QuarkusTest}: whatever arrives, the answer is never a 5xx; every 4xx is an
 * {@code application/problem+json} that carries its status and type and no stack trace; a refused request
 * leaves the database as it was. A second test fails when the API description has a write operation that
 * {@link #writeEndpoints()} does not list, so the suite grows with every new endpoint.
 * <p>
 * Reproducible: {@code -Dgenerated-inputs.seed=...} (default fixed) and {@code -Dgenerated-inputs.combined=...}
 * (random combinations per endpoint).
 */
public abstract class GeneratedInputContract {

    private static final long SEED = Long.getLong("generated-inputs.seed", 20_261_201L);
    private static final int MAX_SINGLE = Integer.getInteger("generated-inputs.max-single", 300);
    private static final int COMBINED = Integer.getInteger("generated-inputs.combined", 40);
    private static final List<String> ODD_HEADER_VALUES = List.of("", " ", "x".repeat(300), "ü-ñ", "*", "\"1\"",
            "W/\"0\"", "\"99999999999999999999\"", "not a tag", "a b c");
    private static final List<String> ODD_PATH_SEGMENTS = List.of("x", "00000000-0000-0000-0000-000000000000",
            UUID.randomUUID().toString(), "%00", "%F0%9F%98%80", "a".repeat(300), "%20", "null");
    private static final int MAX_REPORTED = 25;
    /** Stands for "leave the header out". */
    private static final String REMOVE = "\u0000remove";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every write operation of the service (POST, PUT, PATCH, DELETE), each with a valid request. */
    protected abstract List<WriteEndpoint> writeEndpoints();

    @TestFactory
    Stream<DynamicTest> generatedRequestsAreRefusedCleanlyAndStoreNothing() {
        return writeEndpoints().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.operation(),
                () -> drive(endpoint)));
    }

    @Test
    void everyWriteOperationOfTheApiDescriptionIsDriven() {
        JsonPath openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> Set.of("post", "put", "patch", "delete").contains(method))
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        Set<String> driven = writeEndpoints().stream().map(WriteEndpoint::operation).collect(Collectors.toSet());
        documented.removeAll(driven);
        assertTrue(documented.isEmpty(), "write operations without generated-input coverage: " + documented);
    }

    private void drive(WriteEndpoint endpoint) throws Exception {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        try (StoredState stored = StoredState.ofApplicationUnderTest()) {
            String target = endpoint.target().get();
            // One token for the whole run, as a client would: each request then pays for its own work only.
            String token = endpoint.token().get();
            Map<String, String> before = stored.snapshot();
            for (Attempt attempt : attempts(endpoint)) {
                Answer response = send(endpoint, token, attempt, target);
                if (response == null) {
                    continue;
                }
                sent++;
                Map<String, String> after = stored.snapshot();
                String failure = check(response, after, before);
                if (failure != null && failures.size() < MAX_REPORTED) {
                    failures.add(attempt.description + " → " + failure);
                }
                if (response.status() < 300) {
                    target = endpoint.target().get();
                    after = stored.snapshot();
                }
                before = after;
            }
        }
        assertTrue(failures.isEmpty(), endpoint.operation() + ": " + failures.size() + "+ of " + sent
                + " generated requests misbehaved (seed " + SEED + "):\n  " + String.join("\n  ", failures));
    }

    /** Why the response is wrong, or null. */
    private static String check(Answer response, Map<String, String> after, Map<String, String> before) {
        int status = response.status();
        String body = response.body();
        if (status >= 500) {
            return status + " " + abbreviate(body);
        }
        if (status < 400) {
            return null;
        }
        if (!response.contentType().startsWith("application/problem+json")) {
            return status + " as " + response.contentType() + ", not a problem";
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (java.io.IOException e) {
            return status + " with a problem that is not JSON: " + abbreviate(body);
        }
        if (problem.path("status").asInt() != status
                || !problem.path("type").asText().startsWith("urn:uk:nhs:talent:problem:")) {
            return status + " with a malformed problem " + abbreviate(body);
        }
        if (body.contains("Exception") || body.contains("\tat ") || body.contains("org.hibernate")) {
            return status + " leaks internals: " + abbreviate(body);
        }
        List<String> changed = StoredState.changed(before, after);
        if (!changed.isEmpty()) {
            return status + " yet stored something in " + changed;
        }
        return null;
    }

    private record Attempt(String description, byte[] body, Map<String, String> headers, String pathSegment,
            Integer segmentIndex) {
    }

    private List<Attempt> attempts(WriteEndpoint endpoint) {
        List<Attempt> attempts = new ArrayList<>();
        byte[] valid = new byte[0];
        if (endpoint.validBody() != null) {
            List<JsonMutations.Mutation> mutations = endpoint.textual()
                    ? TextMutations.of(endpoint.validBody().asText(), SEED, MAX_SINGLE, COMBINED)
                    : JsonMutations.of(endpoint.validBody(), SEED, MAX_SINGLE, COMBINED);
            for (JsonMutations.Mutation mutation : mutations) {
                attempts.add(new Attempt(mutation.description(), mutation.body(), null, null, null));
            }
            valid = (endpoint.textual() ? endpoint.validBody().asText() : endpoint.validBody().toString())
                    .getBytes(StandardCharsets.UTF_8);
        }
        for (String header : endpoint.headers().keySet()) {
            attempts.add(new Attempt("without header " + header, valid, Map.of(header, REMOVE), null, null));
            for (String value : ODD_HEADER_VALUES) {
                attempts.add(new Attempt("header " + header + ": " + abbreviate(value), valid, Map.of(header, value),
                        null, null));
            }
        }
        String[] segments = endpoint.template().split("/");
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                for (String value : ODD_PATH_SEGMENTS) {
                    attempts.add(new Attempt("path " + segments[i] + " = " + abbreviate(value), valid, null, value, i));
                }
            }
        }
        return attempts;
    }

    /** What came back, or null when the client itself would not send the request (a header it refuses). */
    private record Answer(int status, String contentType, String body) {
    }

    private static Answer send(WriteEndpoint endpoint, String token, Attempt attempt, String target) {
        String path = target;
        if (attempt.pathSegment != null) {
            String[] segments = target.split("/");
            segments[attempt.segmentIndex] = attempt.pathSegment;
            path = String.join("/", segments);
        }
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri() + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", endpoint.contentType())
                    .method(endpoint.method(), attempt.body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(attempt.body));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            for (Map.Entry<String, java.util.function.Supplier<String>> header : endpoint.headers().entrySet()) {
                String override = attempt.headers == null ? null : attempt.headers.get(header.getKey());
                if (override == null) {
                    request.header(header.getKey(), header.getValue().get());
                } else if (!override.equals(REMOVE)) {
                    request.header(header.getKey(), override);
                }
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IllegalArgumentException e) {
            return null; // a header value or path the JDK client will not put on the wire: nothing reached the service
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Where Quarkus' test extension told REST Assured the application listens. */
    private static String baseUri() {
        return RestAssured.baseURI + ":" + RestAssured.port + RestAssured.basePath.replaceFirst("/$", "");
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 197) + "…" : text;
    }
}
