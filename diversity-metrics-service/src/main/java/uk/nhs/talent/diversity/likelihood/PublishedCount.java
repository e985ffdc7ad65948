package uk.nhs.talent.diversity.likelihood;

import java.util.Objects;

import uk.nhs.talent.diversity.disclosure.DisclosureRules;
import uk.nhs.talent.diversity.disclosure.FigureStatus;

/**
 * A count as a reader of the published tables knows it: exact, rounded, or not known at all (suppressed).
 *
 * @param value the count, or {@code null} when suppressed
 * @param status how it was published, or derived from what was published
 */
public record PublishedCount(Long value, FigureStatus status) {

    public PublishedCount {
        Objects.requireNonNull(status, "status");
        if ((status == FigureStatus.SUPPRESSED) != (value == null)) {
            throw new IllegalArgumentException("a count is null exactly when suppressed");
        }
    }

    public static PublishedCount suppressed() {
        return new PublishedCount(null, FigureStatus.SUPPRESSED);
    }

    public static PublishedCount of(Long value, FigureStatus status) {
        return new PublishedCount(value, status);
    }

    public boolean isSuppressed() {
        return status == FigureStatus.SUPPRESSED;
    }

    /**
     * Whether the number not selected ({@code considered - selected}) is surely above the threshold: taken from
     * rounded counts it may be smaller by up to half the rounding base for each, so that much is allowed for.
     */
    public static boolean notSelectedAboveThreshold(PublishedCount considered, PublishedCount selected,
            DisclosureRules rules) {
        long uncertainty = (considered.status() == FigureStatus.ROUNDED ? rules.roundTo() / 2 : 0)
                + (selected.status() == FigureStatus.ROUNDED ? rules.roundTo() / 2 : 0);
        return considered.value() - selected.value() - uncertainty > rules.suppressUpTo();
    }
}
