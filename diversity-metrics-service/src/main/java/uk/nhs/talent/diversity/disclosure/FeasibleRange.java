package uk.nhs.talent.diversity.disclosure;

/**
 * The smallest and largest value a suppressed figure can take given everything published (the LP
 * relaxation, see {@link SuppressionAudit}).
 *
 * @param figureId the suppressed figure
 * @param min      smallest feasible value
 * @param max      largest feasible value, {@link Double#POSITIVE_INFINITY} when unbounded
 */
public record FeasibleRange(String figureId, double min, double max) {

    public double width() {
        return max - min;
    }

    public boolean isUnbounded() {
        return max == Double.POSITIVE_INFINITY;
    }
}
