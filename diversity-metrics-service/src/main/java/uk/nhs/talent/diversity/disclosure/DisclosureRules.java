package uk.nhs.talent.diversity.disclosure;

/**
 * Publication rules for counts of people.
 *
 * <p>Counts of {@code 1..suppressUpTo} are too small to publish (they could identify people), every
 * other non-zero count is published rounded to a multiple of {@code roundTo}, and a suppressed
 * figure counts as protected only if a reader who combines everything published can narrow it down
 * to no less than {@code protectionWidth} (see {@link SuppressionAudit}).
 *
 * @param suppressUpTo    largest count that is primarily suppressed (0 disables primary suppression)
 * @param roundTo         base of rounding; 1 publishes non-zero counts exactly
 * @param protectionWidth smallest acceptable width of a suppressed figure's feasible range
 */
public record DisclosureRules(int suppressUpTo, int roundTo, int protectionWidth) {

    public DisclosureRules {
        if (suppressUpTo < 0) {
            throw new IllegalArgumentException("suppressUpTo must be >= 0, was " + suppressUpTo);
        }
        if (roundTo < 1) {
            throw new IllegalArgumentException("roundTo must be >= 1, was " + roundTo);
        }
        if (protectionWidth < 1) {
            throw new IllegalArgumentException("protectionWidth must be >= 1, was " + protectionWidth);
        }
    }

    /** NHS Digital practice: suppress 1 to 7, round the rest to the nearest 5, protect to a width of 5. */
    public static DisclosureRules nhsDefaults() {
        return new DisclosureRules(7, 5, 5);
    }

    /**
     * Rounds half up to the nearest multiple of {@link #roundTo()} (12.5 → 15 for base 5, 15 → 20 for
     * base 10); base 1 returns the count unchanged.
     */
    public long rounded(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("counts are non-negative, was " + count);
        }
        if (roundTo == 1) {
            return count;
        }
        // floor((count + roundTo/2) / roundTo) * roundTo, written without overflowing for huge counts.
        long down = count - count % roundTo;
        long remainder = count - down;
        return 2 * remainder >= roundTo ? down + roundTo : down;
    }

    /**
     * Smallest count a reader can infer behind a published rounded value: half-up rounding maps
     * {@code c} to {@code r} exactly when {@code r - floor(roundTo/2) <= c <= r + ceil(roundTo/2) - 1},
     * and a published non-zero count is never inside the suppressed range {@code 0..suppressUpTo}.
     */
    public long roundedLowerBound(long roundedValue) {
        return Math.max(roundedValue - roundTo / 2, smallestPublishedCount());
    }

    /** Largest count a reader can infer behind a published rounded value (see {@link #roundedLowerBound}). */
    public long roundedUpperBound(long roundedValue) {
        return roundedValue + (roundTo - 1) - roundTo / 2;
    }

    /** Published non-zero counts are above the suppressed range, and never zero (zeros are published exactly). */
    public long smallestPublishedCount() {
        return Math.max(suppressUpTo + 1L, 1L);
    }

    /** True if a count must be primarily suppressed. */
    public boolean isPrimarySuppressed(long count) {
        return count >= 1 && count <= suppressUpTo;
    }
}
