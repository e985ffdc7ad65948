package uk.nhs.talent.commons.cloudevents;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.http.HttpMessageFactory;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.ProblemFields;
import uk.nhs.talent.events.CloudEventCodec;

/**
 * Reads CloudEvents sent over HTTP in any of the three modes of the HTTP binding: structured
 * ({@code application/cloudevents+json}), batch ({@code application/cloudevents-batch+json}) and binary
 * ({@code ce-*} headers, the body is the data). The SDK does the parsing; this class only picks the mode and
 * turns a malformed event into a 400 problem that says which one.
 */
public final class CloudEventsHttp {

    public static final String STRUCTURED = "application/cloudevents+json";
    public static final String BATCH = "application/cloudevents-batch+json";
    /** A batch larger than this is refused: one request must stay one reasonable transaction. */
    public static final int MAX_BATCH = 100;

    /** Strict about keys given twice, as request bodies are (SharedJsonRules); the SDK would keep the last. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final List<String> REQUIRED = List.of("specversion", "id", "source", "type");
    private static final List<String> OPTIONAL_TEXT = List.of("subject", "time", "datacontenttype", "dataschema");

    private CloudEventsHttp() {
    }

    public static List<CloudEvent> read(MultivaluedMap<String, String> headers, byte[] body) {
        String contentType = headers.getFirst(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && contentType.toLowerCase().startsWith(BATCH)) {
            return readBatch(body);
        }
        if (contentType != null && contentType.toLowerCase().startsWith(STRUCTURED)) {
            return List.of(structured(tree(body, "The CloudEvent"), ""));
        }
        Map<String, String> single = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (!values.isEmpty()) {
                single.put(name, values.get(0));
            }
        });
        for (String attribute : REQUIRED) {
            String value = single.get("ce-" + attribute);
            checkAttribute("ce-" + attribute, attribute, value == null ? null : JSON.getNodeFactory().textNode(value));
        }
        try {
            return List.of(HttpMessageFactory.createReader(single, body).toEvent());
        } catch (RuntimeException e) {
            // The SDK's messages name its own classes: say only which mode failed.
            throw ApiProblem.invalid("Not a valid CloudEvent in binary mode: check the ce-* headers", List.of());
        }
    }

    private static List<CloudEvent> readBatch(byte[] body) {
        JsonNode array = tree(body, "The batch");
        if (!array.isArray()) {
            throw ApiProblem.invalid("A batch must be a JSON array of CloudEvents", List.of());
        }
        if (array.isEmpty() || array.size() > MAX_BATCH) {
            throw ApiProblem.invalid("A batch holds 1 to " + MAX_BATCH + " events", List.of());
        }
        List<CloudEvent> events = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            events.add(structured(array.get(i), "[" + i + "]"));
        }
        return events;
    }

    private static JsonNode tree(byte[] body, String what) {
        try {
            JsonNode tree = JSON.readTree(body);
            if (tree == null || tree.isMissingNode()) {
                throw ApiProblem.invalid(what + " is missing: the body is empty", List.of());
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw ProblemFields.toProblem(e, "");
        } catch (IOException e) {
            throw ApiProblem.invalid(what + " is not well-formed JSON", List.of());
        }
    }

    /** One structured-mode event; {@code field} names it within a batch. */
    private static CloudEvent structured(JsonNode node, String field) {
        String where = field.isEmpty() ? "The body" : field;
        if (!node.isObject()) {
            throw field.isEmpty() ? ApiProblem.invalid(where + " must be a CloudEvent (a JSON object)", List.of())
                    : ApiProblem.invalidField(field, "must be a CloudEvent (a JSON object)");
        }
        String prefix = field.isEmpty() ? "" : field + ".";
        for (String attribute : REQUIRED) {
            checkAttribute(prefix + attribute, attribute, node.get(attribute));
        }
        for (String attribute : OPTIONAL_TEXT) {
            JsonNode value = node.get(attribute);
            if (value != null && !value.isTextual()) {
                throw ApiProblem.invalidField(prefix + attribute, "must be a string when present");
            }
        }
        try {
            return CloudEventCodec.fromStructuredJson(JSON.writeValueAsBytes(node));
        } catch (IOException | RuntimeException e) {
            // The SDK's messages name its own classes: say only what is wrong for the sender.
            String message = "is not a valid CloudEvent (an attribute has the wrong type or form)";
            throw field.isEmpty() ? ApiProblem.invalid(where + " " + message, List.of())
                    : ApiProblem.invalidField(field, message);
        }
    }

    /** The attributes every CloudEvent has, checked before the SDK so that the problem names the one at fault. */
    private static void checkAttribute(String field, String attribute, JsonNode value) {
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw ApiProblem.invalidField(field, "is required: a non-empty string");
        }
        String text = value.asText();
        switch (attribute) {
            case "specversion" -> {
                if (!text.equals("1.0")) {
                    throw ApiProblem.invalidField(field, "must be \"1.0\"");
                }
            }
            case "source" -> {
                try {
                    new URI(text);
                } catch (URISyntaxException e) {
                    throw ApiProblem.invalidField(field, "must be a URI reference, such as /hr/RW3");
                }
            }
            default -> {
                // id and type: any non-empty string, as the CloudEvents spec allows
            }
        }
    }
}
