package uk.nhs.talent.testsupport.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonMutationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode VALID = JSON.valueToTree(
            Map.of("title", "Chief Finance Officer", "shortlist", List.of("p-1", "p-2"), "data", Map.of("n", 1)));

    private static List<String> bodies(List<JsonMutations.Mutation> mutations) {
        return mutations.stream().map(m -> new String(m.body(), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void theSameSeedGivesTheSameRequests() {
        assertEquals(bodies(JsonMutations.of(VALID, 7, 50, 20)), bodies(JsonMutations.of(VALID, 7, 50, 20)));
    }

    @Test
    void everyFieldIsRemovedAndSetToEachOddValue() {
        List<JsonMutations.Mutation> all = JsonMutations.of(VALID, 7, Integer.MAX_VALUE, 0);
        for (String field : List.of("title", "shortlist", "shortlist[1]", "data", "data.n")) {
            long touching = all.stream().filter(m -> field.equals(m.field())).count();
            // remove + every odd value (+ a duplicate and an unknown key inside objects)
            assertTrue(touching >= 1 + JsonMutations.ODD_VALUES.size(), field + ": " + touching);
        }
        assertTrue(bodies(all).containsAll(JsonMutations.RAW_BODIES));
    }

    @Test
    void aDuplicatedKeyIsReallyWrittenTwiceAndTextNoDatabaseStoresIsReallySent() {
        List<String> bodies = bodies(JsonMutations.of(VALID, 7, Integer.MAX_VALUE, 0));
        String first = VALID.fieldNames().next();
        assertTrue(bodies.stream().anyMatch(b -> b.indexOf("\"" + first + "\"") != b.lastIndexOf("\"" + first + "\"")));
        assertTrue(bodies.stream().anyMatch(b -> b.contains("\\u0000")));
        assertTrue(bodies.stream().anyMatch(b -> b.contains("\"\\ud800\"")));
    }

    @Test
    void theSampleIsCappedAndCombinationsAdded() {
        assertEquals(30 + 10, JsonMutations.of(VALID, 7, 30, 10).size());
    }
}
