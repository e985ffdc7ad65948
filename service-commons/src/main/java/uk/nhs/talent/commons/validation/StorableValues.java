package uk.nhs.talent.commons.validation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Values that pass type checks yet cannot be stored: PostgreSQL refuses a NUL character in text and dates
 * beyond its range, and a lone UTF-16 surrogate cannot be encoded at all. Checked where input is read (JSON
 * bodies, query and path parameters), so that they are a 400 naming the field, never a database error.
 */
public final class StorableValues {

    /** ISO 8601 four-digit years: wide enough for any real date, narrow enough for every database. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

    private StorableValues() {
    }

    /** Why this text cannot be stored, if it cannot. */
    public static Optional<String> refusal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of("must not contain the NUL character");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must be valid Unicode (a lone surrogate is not)");
            }
        }
        return Optional.empty();
    }

    /** Why this date cannot be stored, if it cannot. */
    public static Optional<String> refusal(LocalDate date) {
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
            return Optional.of("must be a date from " + EARLIEST_DATE + " to " + LATEST_DATE);
        }
        return Optional.empty();
    }
}
