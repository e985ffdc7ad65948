package uk.nhs.talent.gateway.reporting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import uk.nhs.talent.commons.reference.Regions;

/**
 * What a service's answer must be before a report takes it as a part: rows with their keys present, regions that
 * exist (or null for England where the report has an England row), and no row twice. An answer that is not is a
 * missing part ({@link MalformedAnswer}), never a wrong figure or a failed report.
 */
public final class AnswerChecks {

    /** The row a service answered does not fit its contract. */
    public static final class MalformedAnswer extends RuntimeException {
        MalformedAnswer(String message) {
            super(message, null, false, false);
        }
    }

    private AnswerChecks() {
    }

    /**
     * @param key a row's key, made with {@link #key} (a missing or wrong part of it is refused there)
     * @return the rows, checked
     */
    public static <R> List<R> distinct(List<R> rows, Function<R, List<Object>> key) {
        if (rows == null) {
            throw new MalformedAnswer("no rows");
        }
        Set<List<Object>> seen = new HashSet<>();
        for (R row : rows) {
            if (row == null || !seen.add(key.apply(row))) {
                throw new MalformedAnswer("a row missing or answered twice");
            }
        }
        return rows;
    }

    /** A key of a region (one of {@link Regions#CODES}) and other parts, none of them null. */
    public static List<Object> key(String region, Object... parts) {
        if (!Regions.isCode(region)) {
            throw new MalformedAnswer("a row of no region");
        }
        return keyOf(region, parts);
    }

    /** As {@link #key}, where a null region stands for all of England. */
    public static List<Object> keyOrEngland(String region, Object... parts) {
        if (region != null && !Regions.isCode(region)) {
            throw new MalformedAnswer("a row of no region");
        }
        return keyOf(region == null ? "ENGLAND" : region, parts);
    }

    private static List<Object> keyOf(String region, Object... parts) {
        for (Object part : parts) {
            if (part == null) {
                throw new MalformedAnswer("a row without its key");
            }
        }
        return List.of(region, List.of(parts));
    }
}
