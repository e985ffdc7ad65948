package uk.nhs.talent.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Adding an event type, a field or an enum constant without its schema fails here, for every event family.
 * The schema of each payload is compared with its record, recursively: nested records (through {@code $ref}
 * to their own schema file), lists, enums, and the JSON type and format of every other field.
 */
class ContractCompletenessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PERSON_REF_SCHEMA = "person-ref.v1.json";
    /** JSON type and format (null: none) by Java type of a record component. */
    private static final Map<Class<?>, List<String>> JSON_TYPES = Map.of(
            String.class, List.of("string"),
            UUID.class, List.of("string", "uuid"),
            LocalDate.class, List.of("string", "date"),
            Instant.class, List.of("string", "date-time"),
            boolean.class, List.of("boolean"),
            int.class, List.of("integer"),
            long.class, List.of("integer"),
            Integer.class, List.of("integer"),
            Long.class, List.of("integer"),
            BigDecimal.class, List.of("number"));

    static Stream<String> declaredTypes() throws IllegalAccessException {
        List<String> types = new ArrayList<>();
        for (Field field : EventTypes.class.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) && field.getType() == String.class) {
                types.add((String) field.get(null));
            }
        }
        return types.stream();
    }

    static Stream<ContractFamily<?>> families() {
        return ContractFamily.all();
    }

    @ParameterizedTest
    @MethodSource("declaredTypes")
    void everyTypeConstantHasASchemaAndAPayloadClassInExactlyOneFamily(String type) throws IOException {
        assertNotNull(schema(EventSchemas.schemaFileFor(type)), "no schema for " + type);
        assertTrue(EventSchemas.knownTypes().contains(type), type + " missing from EventSchemas.knownTypes()");
        assertEquals(1, ContractFamily.all().filter(family -> family.typeConstants().contains(type)).count(),
                type + " must be in exactly one EventTypes.ALL_* set");
        assertEquals(1, ContractFamily.all().filter(family -> family.events().types().contains(type)).count(),
                type + " must have a payload class in exactly one family");
    }

    @Test
    void schemasKnowEveryFamilysTypesAndNoOthers() throws IllegalAccessException {
        assertEquals(declaredTypes().collect(Collectors.toSet()), EventSchemas.knownTypes());
        assertEquals(EventSchemas.knownTypes(),
                ContractFamily.all().flatMap(family -> family.events().types().stream()).collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @MethodSource("families")
    void everyPayloadClassHasAFixtureAndReportsATypeThatMapsBackToIt(ContractFamily<?> family) {
        assertEquals(family.typeConstants(), family.events().types(), "payload classes of the ALL_* types");
        Set<Class<?>> fromFixtures = family.fixtures().get().map(Object::getClass).collect(Collectors.toSet());
        assertEquals(Set.of(family.payloadInterface().getPermittedSubclasses()), fromFixtures, "a fixture per payload class");
        family.fixtures().get()
                .forEach(event -> assertEquals(event.getClass(), family.events().payloadType(event.type())));
        assertEquals(family.typeConstants(),
                family.fixtures().get().map(EventPayload::type).collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @MethodSource("declaredTypes")
    void eventSchemaIsThePayloadRecord(String type) throws IOException {
        Class<?> payloadType = ContractFamily.all().filter(family -> family.events().types().contains(type))
                .findFirst().orElseThrow().events().payloadType(type);

        assertMatches(payloadType, schema(EventSchemas.schemaFileFor(type)), type);
    }

    private static void assertMatches(Type javaType, JsonNode property, String path) throws IOException {
        assertNotNull(property, path + ": no schema");
        JsonNode schema = resolved(property);
        Class<?> raw = javaType instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) javaType;
        if (raw.isPrimitive()) {
            assertFalse(allowsNull(schema), path + " is a primitive, so its schema must not allow null");
        }
        if (raw.isRecord()) {
            Set<String> components = Stream.of(raw.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of("object"), types(schema), path);
            assertEquals(components, fieldNames(schema.get("properties")), path + ": properties");
            assertEquals(components, textValues(schema.get("required")), path + ": required");
            assertTrue(schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean(),
                    path + ": additionalProperties must be false");
            for (RecordComponent component : raw.getRecordComponents()) {
                String componentPath = path + "." + component.getName();
                JsonNode componentSchema = schema.get("properties").get(component.getName());
                if (component.getName().equals("personRef")) {
                    assertEquals(PERSON_REF_SCHEMA, componentSchema.path("$ref").asText(), componentPath);
                }
                assertMatches(component.getGenericType(), componentSchema, componentPath);
            }
        } else if (raw == List.class) {
            assertEquals(Set.of("array"), types(schema), path);
            assertMatches(((ParameterizedType) javaType).getActualTypeArguments()[0], schema.get("items"), path + "[]");
        } else if (raw.isEnum()) {
            List<String> javaValues = Stream.of(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            List<String> schemaValues = new ArrayList<>();
            schema.path("enum").forEach(value -> {
                if (!value.isNull()) {
                    schemaValues.add(value.asText());
                }
            });
            assertEquals(javaValues, schemaValues, path + ": " + raw.getSimpleName());
        } else {
            List<String> expected = JSON_TYPES.get(raw);
            assertNotNull(expected, path + ": no JSON type known for " + raw);
            assertEquals(Set.of(expected.get(0)), types(schema), path + ": type");
            assertEquals(expected.size() > 1 ? expected.get(1) : null,
                    schema.has("format") ? schema.get("format").asText() : null, path + ": format");
        }
    }

    /** The schema itself, or the schema file it refers to. */
    private static JsonNode resolved(JsonNode property) throws IOException {
        if (!property.has("$ref")) {
            return property;
        }
        JsonNode target = schema(property.get("$ref").asText());
        assertNotNull(target, "no schema file " + property.get("$ref").asText());
        return target;
    }

    /** The JSON types the schema allows, null aside. */
    private static Set<String> types(JsonNode schema) {
        Set<String> types = new TreeSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        types.remove("null");
        return types;
    }

    private static boolean allowsNull(JsonNode schema) {
        boolean allowsNull = false;
        for (JsonNode value : schema.path("type")) { // an array of types; a single type is never "null" here
            allowsNull |= value.asText().equals("null");
        }
        for (JsonNode value : schema.path("enum")) {
            allowsNull |= value.isNull();
        }
        return allowsNull;
    }

    private static JsonNode schema(String file) throws IOException {
        try (InputStream in = EventSchemas.class.getClassLoader()
                .getResourceAsStream(EventSchemas.SCHEMA_RESOURCE_DIR + file)) {
            return in == null ? null : JSON.readTree(in);
        }
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> textValues(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
