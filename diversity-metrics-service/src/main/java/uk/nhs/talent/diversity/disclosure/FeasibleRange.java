package uk.nhs.talent.diversity.disclosure;

/**
 * The smallest and largest value a suppressed figure can take given everything published (the LP
 * relaxation, see {@link SuppressionAudit}).
 *
 * @param figureId the suppressed figure
 * @param min      smallest feasible value
 * @param max      largest feasible value, {@link Double#POSITIVE_INFINITY} when unbounded
 * @param requiredWidth how wide the range must be for the figure to be protected: the protection width, or less
 *                 where a publicly known total is smaller ({@link LinearSystem#requiredWidth})
 */
public record FeasibleRange(String figureId, double min, double max, double requiredWidth) {

    /** Protected: unbounded, or at least the required width between its whole-number ends. */
    public boolean isProtected() {
        return isUnbounded() || SuppressionAudit.wideEnough(min, max, requiredWidth);
    }

    public double width() {
        return max - min;
    }

    public boolean isUnbounded() {
        return max == Double.POSITIVE_INFINITY;
    }
}
