package uk.nhs.talent.gateway.projection;

/**
 * Expected people in each state: a projection's start, or where it stands at the end of a year. {@link #appointed}
 * and {@link #exited} are running totals since the start. Expected values, so not whole numbers.
 */
public record Stock(double threePlusYears, double oneToTwoYears, double readyNow, double appointed, double exited) {

    /** @throws IllegalArgumentException naming the field, for a negative or non-finite figure */
    public Stock {
        Require.nonNegative("threePlusYears", threePlusYears);
        Require.nonNegative("oneToTwoYears", oneToTwoYears);
        Require.nonNegative("readyNow", readyNow);
        Require.nonNegative("appointed", appointed);
        Require.nonNegative("exited", exited);
    }

    /** A pool by readiness, with nobody appointed or exited yet: the start of a projection. */
    public static Stock ofPool(double threePlusYears, double oneToTwoYears, double readyNow) {
        return new Stock(threePlusYears, oneToTwoYears, readyNow, 0, 0);
    }

    public double in(PipelineState state) {
        return switch (state) {
            case THREE_PLUS_YEARS -> threePlusYears;
            case ONE_TO_TWO_YEARS -> oneToTwoYears;
            case READY_NOW -> readyNow;
            case APPOINTED -> appointed;
            case EXITED -> exited;
        };
    }

    /** Everyone still in the pool. */
    public double pool() {
        return threePlusYears + oneToTwoYears + readyNow;
    }

    /** Indexed by {@link PipelineState#ordinal()}. */
    double[] toArray() {
        return new double[] {threePlusYears, oneToTwoYears, readyNow, appointed, exited};
    }

    static Stock of(double[] byState) {
        return new Stock(byState[0], byState[1], byState[2], byState[3], byState[4]);
    }
}
