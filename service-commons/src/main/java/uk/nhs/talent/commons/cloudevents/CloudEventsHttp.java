package uk.nhs.talent.commons.cloudevents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.http.HttpMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import uk.nhs.talent.commons.problem.ApiProblem;
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

    private static final ObjectMapper JSON = new ObjectMapper();

    private CloudEventsHttp() {
    }

    public static List<CloudEvent> read(MultivaluedMap<String, String> headers, byte[] body) {
        String contentType = headers.getFirst(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && contentType.toLowerCase().startsWith(BATCH)) {
            return readBatch(body);
        }
        Map<String, String> single = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (!values.isEmpty()) {
                single.put(name, values.get(0));
            }
        });
        try {
            return List.of(HttpMessageFactory.createReader(single, body).toEvent());
        } catch (CloudEventRWException | EventDeserializationException | IllegalStateException
                | IllegalArgumentException e) {
            throw ApiProblem.invalid("Not a valid CloudEvent: " + e.getMessage(), List.of());
        }
    }

    private static List<CloudEvent> readBatch(byte[] body) {
        JsonNode array;
        try {
            array = JSON.readTree(body);
        } catch (IOException e) {
            throw ApiProblem.invalid("The batch is not well-formed JSON", List.of());
        }
        if (array == null || !array.isArray()) {
            throw ApiProblem.invalid("A batch must be a JSON array of CloudEvents", List.of());
        }
        if (array.isEmpty() || array.size() > MAX_BATCH) {
            throw ApiProblem.invalid("A batch holds 1 to " + MAX_BATCH + " events", List.of());
        }
        List<CloudEvent> events = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            try {
                events.add(CloudEventCodec.fromStructuredJson(JSON.writeValueAsBytes(array.get(i))));
            } catch (IOException | CloudEventRWException | EventDeserializationException | IllegalStateException
                    | IllegalArgumentException e) {
                throw ApiProblem.invalidField("[" + i + "]", "is not a valid CloudEvent: " + e.getMessage());
            }
        }
        return events;
    }
}
