package uk.nhs.talent.diversity.disclosure;

import java.util.Objects;

/**
 * What the reader sees for one figure.
 *
 * @param id     the {@link Figure#id()}
 * @param value  the published value (exact or rounded), or {@code null} when suppressed
 * @param status how the value was published
 */
public record PublishedFigure(String id, Long value, FigureStatus status) {

    public PublishedFigure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        if ((status == FigureStatus.SUPPRESSED) != (value == null)) {
            throw new IllegalArgumentException("figure " + id + ": value must be null exactly when suppressed");
        }
        if (value != null && value < 0) {
            throw new IllegalArgumentException("figure " + id + ": negative value " + value);
        }
    }

    public static PublishedFigure suppressed(String id) {
        return new PublishedFigure(id, null, FigureStatus.SUPPRESSED);
    }

    public boolean isSuppressed() {
        return status == FigureStatus.SUPPRESSED;
    }
}
