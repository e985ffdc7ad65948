package uk.nhs.talent.diversity.likelihood;

/**
 * The outcome of one selection stage for one group of candidates: how many were considered and
 * how many of those were selected.
 *
 * <p>For WRES indicator 2 / WDES metric 2, {@code considered} is the number shortlisted and
 * {@code selected} the number appointed from shortlisting. For the matching audit,
 * {@code considered} is the number of candidates considered for a vacancy and {@code selected}
 * the number ranked in its top ten.
 *
 * <p>The constructor throws {@link IllegalArgumentException} if a count is negative or more were
 * selected than considered.
 *
 * @param considered number of candidates considered; {@code >= 0}
 * @param selected number of those candidates selected; {@code 0 <= selected <= considered}
 */
public record GroupOutcome(long considered, long selected) {

    /**
     * Validates the counts.
     *
     * @param considered number of candidates considered
     * @param selected number of those selected
     * @throws IllegalArgumentException if a count is negative or {@code selected > considered}
     */
    public GroupOutcome {
        if (considered < 0) {
            throw new IllegalArgumentException("considered must be >= 0 but was " + considered);
        }
        if (selected < 0) {
            throw new IllegalArgumentException("selected must be >= 0 but was " + selected);
        }
        if (selected > considered) {
            throw new IllegalArgumentException(
                    "selected (" + selected + ") must not exceed considered (" + considered + ")");
        }
    }

    /**
     * Shorthand for the canonical constructor.
     *
     * @param considered number of candidates considered
     * @param selected number of those selected
     * @return the validated outcome
     */
    public static GroupOutcome of(long considered, long selected) {
        return new GroupOutcome(considered, selected);
    }

    /**
     * Whether no candidates were considered, so that the group has no selection rate.
     *
     * @return {@code true} if {@code considered == 0}
     */
    public boolean empty() {
        return considered == 0;
    }

    /**
     * The selection rate {@code selected / considered}.
     *
     * @return a value in {@code [0, 1]}
     * @throws IllegalStateException if the group is {@linkplain #empty() empty} (the rate is
     *     undefined; this method never returns {@code NaN})
     */
    public double rate() {
        if (considered == 0) {
            throw new IllegalStateException("selection rate is undefined for a group with no candidates");
        }
        return (double) selected / (double) considered;
    }
}
