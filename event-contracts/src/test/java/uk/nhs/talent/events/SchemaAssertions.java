package uk.nhs.talent.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudevents.CloudEvent;

/** For negative schema tests: tamper with a valid event's JSON, validate it, and check what the messages name. */
public final class SchemaAssertions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaAssertions() {
    }

    /** The validation messages for {@code valid} as structured JSON after {@code tamper} changed it. */
    public static List<String> validate(CloudEvent valid, Consumer<ObjectNode> tamper) throws IOException {
        ObjectNode event = (ObjectNode) JSON.readTree(CloudEventCodec.toStructuredJson(valid));
        tamper.accept(event);
        return EventSchemas.validate(JSON.writeValueAsBytes(event));
    }

    /** The object at a JSON pointer of the event, e.g. {@code /data/vacancy}. */
    public static ObjectNode object(ObjectNode event, String pointer) {
        return (ObjectNode) event.at(pointer);
    }

    /** There are messages, and one names {@code field} as a whole word (so "id" is not satisfied by "vacancyId"). */
    public static void assertNames(List<String> messages, String field) {
        assertFalse(messages.isEmpty(), "expected a message about " + field);
        Pattern named = Pattern.compile("\\b" + Pattern.quote(field) + "\\b");
        assertTrue(messages.stream().anyMatch(m -> named.matcher(m).find()), () -> field + " not named in " + messages);
    }
}
