package uk.nhs.talent.gateway.projection;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The checks every record of the model makes; each message names the field, since a caller may build many. */
final class Require {

    private Require() {
    }

    static double nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number >= 0 but was " + value);
        }
        return value;
    }

    static double probability(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(field + " must be a probability in [0, 1] but was " + value);
        }
        return value;
    }

    static String notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** An unmodifiable copy in the enum's order, refusing null keys and values by the field's name. */
    static <K extends Enum<K>, V> Map<K, V> enumKeyed(String field, Map<K, V> map, Class<K> keys) {
        Map<K, V> copy = new EnumMap<>(keys);
        present(field, map).forEach((key, value) -> copy.put(present(field + " key", key),
                present(field + "[" + key + "]", value)));
        return Collections.unmodifiableMap(copy);
    }

    static <T> T present(String field, T value) {
        return Objects.requireNonNull(value, () -> field + " is required");
    }
}
