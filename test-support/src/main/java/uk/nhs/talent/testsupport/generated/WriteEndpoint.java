package uk.nhs.talent.testsupport.generated;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One write operation of a service as the generated-input test drives it: where (a fresh target for each
 * success, since a success may move the resource on), as whom, with which valid body and headers.
 *
 * @param template the path as the API description names it, such as {@code /vacancies/{id}/shortlist}
 * @param target   a concrete path to send to; asked again after every accepted request
 * @param headers  header name → value supplier (asked per request: an Idempotency-Key is fresh each time)
 * @param validBody null for an operation without a body
 */
public record WriteEndpoint(String method, String template, Supplier<String> target, Supplier<String> token,
        String contentType, JsonNode validBody, Map<String, Supplier<String>> headers) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static WriteEndpoint post(String template) {
        return new WriteEndpoint("POST", template, () -> template, () -> null, "application/json",
                JSON.createObjectNode(), Map.of());
    }

    public static WriteEndpoint put(String template) {
        return post(template).method("PUT");
    }

    /** A write without a body: only its path and headers are generated. */
    public static WriteEndpoint delete(String template) {
        return new WriteEndpoint("DELETE", template, () -> template, () -> null, "application/json", null, Map.of());
    }

    /** A write that takes no body (a command on the resource in the path): only path and headers are generated. */
    public WriteEndpoint withoutBody() {
        return new WriteEndpoint(method, template, target, token, contentType, null, headers);
    }

    public WriteEndpoint method(String method) {
        return new WriteEndpoint(method, template, target, token, contentType, validBody, headers);
    }

    public WriteEndpoint at(Supplier<String> target) {
        return new WriteEndpoint(method, template, target, token, contentType, validBody, headers);
    }

    public WriteEndpoint as(Supplier<String> token) {
        return new WriteEndpoint(method, template, target, token, contentType, validBody, headers);
    }

    public WriteEndpoint contentType(String contentType) {
        return new WriteEndpoint(method, template, target, token, contentType, validBody, headers);
    }

    /** The valid body, as any value Jackson can write (a map, a record, a list). */
    public WriteEndpoint body(Object valid) {
        return new WriteEndpoint(method, template, target, token, contentType, JSON.valueToTree(valid), headers);
    }

    /** The valid body as text that is not JSON (a CSV file): sent as it is, mutated by {@link TextMutations}. */
    public WriteEndpoint textBody(String valid) {
        return new WriteEndpoint(method, template, target, token, contentType, JSON.getNodeFactory().textNode(valid),
                headers);
    }

    /** Whether the body is text of another kind than JSON, sent as it is. */
    public boolean textual() {
        return validBody != null && validBody.isTextual() && !contentType.contains("json");
    }

    public WriteEndpoint header(String name, Supplier<String> value) {
        Map<String, Supplier<String>> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new WriteEndpoint(method, template, target, token, contentType, validBody, Map.copyOf(more));
    }

    /** A fresh {@code Idempotency-Key} on every request. */
    public WriteEndpoint idempotent() {
        return header("Idempotency-Key", () -> "gen-" + UUID.randomUUID());
    }

    public String operation() {
        return method + " " + template;
    }
}
