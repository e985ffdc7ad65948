package uk.nhs.talent.commons.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.nhs.talent.commons.problem.ApiProblem;

/**
 * Keyset cursors: the sort values of the last item of a page, as URL-safe base64 of a JSON array of strings.
 * Opaque to clients; a cursor that does not decode to the expected number of values is a 400 naming
 * {@code after}. The values are only ever bound as query parameters.
 */
public final class Cursors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private Cursors() {
    }

    public static String encode(List<String> values) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The values of {@code cursor}, which must hold exactly {@code count} of them, none null. */
    public static List<String> decode(String cursor, int count) {
        try {
            List<String> values = JSON.readValue(Base64.getUrlDecoder().decode(cursor.getBytes(StandardCharsets.US_ASCII)),
                    STRINGS);
            if (values != null && values.size() == count && values.stream().allMatch(v -> v != null)) {
                return values;
            }
        } catch (IllegalArgumentException | java.io.IOException e) {
            // falls through to the problem below
        }
        throw ApiProblem.invalidField("after", "is not a cursor from a previous page of this list and sort");
    }
}
