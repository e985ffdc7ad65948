package uk.nhs.talent.gateway.projection;

/**
 * One rate of a cell with what it rests on. For a {@link Move} the value is an annual probability and the exposure
 * is in person-years; for entrants the value is people per year and the exposure is the years observed. A
 * {@link RateSource#DEFAULT} rate keeps the exposure and events that were too few, for the answer to show.
 *
 * @param value the rate the projection uses
 * @param source estimated from the history or a stated default
 * @param exposure person-years (moves) or years (entrants) observed
 * @param events moves or entrants observed
 */
public record Rate(double value, RateSource source, double exposure, double events) {

    /** @throws IllegalArgumentException naming the field, for a negative or non-finite figure */
    public Rate {
        Require.nonNegative("value", value);
        Require.present("source", source);
        Require.nonNegative("exposure", exposure);
        Require.nonNegative("events", events);
    }

    public static Rate estimated(double value, double exposure, double events) {
        return new Rate(value, RateSource.ESTIMATED, exposure, events);
    }

    public static Rate byDefault(double value, double exposure, double events) {
        return new Rate(value, RateSource.DEFAULT, exposure, events);
    }

    /** Package-private: the answer says it in {@code source}, and a public getter would be a second JSON field. */
    boolean isDefault() {
        return source == RateSource.DEFAULT;
    }
}
