package uk.nhs.talent.events;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Validates structured CloudEvents against the JSON Schemas in {@code schemas/}:
 * the envelope against {@code cloudevent.v1.json}, the {@code data} against
 * {@code <type>.json}. Producers and contract tests use it to prove that what is
 * published is what the contract says.
 */
public final class EventSchemas {

    /** Where the schemas say they live ({@code $id}); read from the class path, never fetched. */
    public static final String SCHEMA_BASE_URI = "https://talent.nhs.uk/schemas/";
    /** Class-path folder of the schema files. */
    public static final String SCHEMA_RESOURCE_DIR = "schemas/";
    public static final String ENVELOPE_SCHEMA = "cloudevent.v1.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(
                    SCHEMA_BASE_URI, "classpath:" + SCHEMA_RESOURCE_DIR)));
    // Draft 2020-12 treats "format" as an annotation unless told otherwise; we want uuid and date checked.
    // Paths as "$.data.vacancy.orgCode" rather than the default JSON pointers.
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_PATH)
            .build();
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();
    private static final Set<String> KNOWN_TYPES = Stream.of(
                    EventTypes.ALL_VACANCY, EventTypes.ALL_TALENT, EventTypes.ALL_SLSF)
            .flatMap(Set::stream)
            .collect(Collectors.toUnmodifiableSet());

    private EventSchemas() {
    }

    /** Schema file name for an event type, e.g. {@code uk.nhs.talent.vacancy.opened.v1.json}. */
    public static String schemaFileFor(String type) {
        return type + ".json";
    }

    /** Every event type with a data schema: the vacancy, talent and SLSF types. */
    public static Set<String> knownTypes() {
        return KNOWN_TYPES;
    }

    /**
     * Validation messages for the envelope and for {@code data} against the schema of its {@code type};
     * empty when the event is valid. Data messages are located under {@code $.data}.
     */
    public static List<String> validate(byte[] structuredCloudEventJson) {
        JsonNode event;
        try {
            event = JSON.readTree(structuredCloudEventJson);
        } catch (IOException e) {
            return List.of("$: not JSON: " + e.getMessage());
        }
        if (event == null || !event.isObject()) {
            return List.of("$: a structured CloudEvent must be a JSON object");
        }
        List<String> messages = new ArrayList<>();
        schema(ENVELOPE_SCHEMA).validate(event).forEach(m -> messages.add(m.getMessage()));

        JsonNode type = event.get("type");
        JsonNode data = event.get("data");
        if (type == null || !type.isTextual() || data == null) {
            return messages; // already reported by the envelope schema
        }
        if (!knownTypes().contains(type.asText())) {
            messages.add("$.type: no schema for event type " + type.asText());
            return messages;
        }
        schema(schemaFileFor(type.asText())).validate(data).forEach(m -> messages.add(underData(m)));
        return messages;
    }

    private static JsonSchema schema(String file) {
        return CACHE.computeIfAbsent(file,
                f -> FACTORY.getSchema(SchemaLocation.of(SCHEMA_BASE_URI + f), CONFIG));
    }

    // The data was validated on its own, so its paths start at "$"; report them where they are in the event.
    private static String underData(ValidationMessage message) {
        return message.getMessage().replaceFirst("^\\$", "\\$.data");
    }
}
