package uk.nhs.talent.events.vacancy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.nhs.talent.events.EventSchemas;
import uk.nhs.talent.events.EventTypes;

/** Adding an event type, a field or an enum constant without its schema fails here. */
class VacancyContractCompletenessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> declaredTypes() throws IllegalAccessException {
        List<String> types = new ArrayList<>();
        for (Field field : EventTypes.class.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) && field.getType() == String.class) {
                types.add((String) field.get(null));
            }
        }
        return types.stream();
    }

    @ParameterizedTest
    @MethodSource("declaredTypes")
    void everyTypeConstantHasASchemaAndAPayloadClass(String type) throws IOException {
        assertNotNull(schema(EventSchemas.schemaFileFor(type)), "no schema for " + type);
        assertDoesNotThrow(() -> VacancyEvents.payloadType(type), "no payload class for " + type);
        assertTrue(EventTypes.ALL_VACANCY.contains(type), type + " missing from ALL_VACANCY");
    }

    @Test
    void everyPayloadClassReportsATypeThatMapsBackToIt() {
        Set<Class<?>> fromFixtures = VacancyFixtures.everyEventType().map(Object::getClass).collect(Collectors.toSet());
        assertEquals(Set.of(VacancyEvent.class.getPermittedSubclasses()), fromFixtures, "a fixture per payload class");
        VacancyFixtures.everyEventType()
                .forEach(event -> assertEquals(event.getClass(), VacancyEvents.payloadType(event.type())));
        assertEquals(EventTypes.ALL_VACANCY,
                VacancyFixtures.everyEventType().map(VacancyEvent::type).collect(Collectors.toSet()));
    }

    @Test
    void snapshotSchemaPropertiesAreTheRecordComponents() throws IOException {
        JsonNode schema = schema("vacancy-snapshot.v1.json");

        assertEquals(componentNames(VacancySnapshot.class), fieldNames(schema.get("properties")));
        assertEquals(componentNames(VacancySnapshot.class), textValues(schema.get("required")));
    }

    @ParameterizedTest
    @MethodSource("declaredTypes")
    void eventSchemaPropertiesAreTheRecordComponents(String type) throws IOException {
        JsonNode schema = schema(EventSchemas.schemaFileFor(type));
        Set<String> components = componentNames(VacancyEvents.payloadType(type));

        assertEquals(components, fieldNames(schema.get("properties")));
        assertEquals(components, textValues(schema.get("required")));
    }

    @Test
    void schemaEnumsAreTheJavaEnums() throws IOException {
        JsonNode properties = schema("vacancy-snapshot.v1.json").get("properties");

        assertEnum(RoleFamily.class, properties.get("roleFamily"));
        assertEnum(Level.class, properties.get("level"));
        assertEnum(ContractType.class, properties.get("contractType"));
        assertEnum(RecruitmentRoute.class, properties.get("recruitmentRoute"));
        assertEnum(VacancyStatus.class, properties.get("status"));
    }

    private static void assertEnum(Class<? extends Enum<?>> type, JsonNode property) {
        List<String> javaValues = Stream.of(type.getEnumConstants()).map(Enum::name).toList();
        List<String> schemaValues = new ArrayList<>();
        property.get("enum").forEach(value -> schemaValues.add(value.asText()));
        assertEquals(javaValues, schemaValues, type.getSimpleName());
    }

    private static JsonNode schema(String file) throws IOException {
        try (InputStream in = EventSchemas.class.getClassLoader()
                .getResourceAsStream(EventSchemas.SCHEMA_RESOURCE_DIR + file)) {
            return in == null ? null : JSON.readTree(in);
        }
    }

    private static Set<String> componentNames(Class<?> record) {
        return Stream.of(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
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
