package uk.nhs.talent.gateway.projection;

/**
 * One year of the chain, stock(t + 1) = stock(t) × P + entrants, written out move by move as it is worked by hand.
 * Arrays indexed by {@link PipelineState#ordinal()} and {@link Move#ordinal()}, since it runs for every cohort,
 * year and Monte Carlo run. Entrants arrive at the end of the year, so they make no move in the year they join.
 */
final class MarkovStep {

    private static final int THREE_PLUS = PipelineState.THREE_PLUS_YEARS.ordinal();
    private static final int ONE_TO_TWO = PipelineState.ONE_TO_TWO_YEARS.ordinal();
    private static final int READY_NOW = PipelineState.READY_NOW.ordinal();
    private static final int APPOINTED = PipelineState.APPOINTED.ordinal();
    private static final int EXITED = PipelineState.EXITED.ordinal();

    private static final int DEVELOP_THREE_PLUS = Move.DEVELOP_THREE_PLUS.ordinal();
    private static final int DEVELOP_ONE_TO_TWO = Move.DEVELOP_ONE_TO_TWO.ordinal();
    private static final int APPOINT_READY_NOW = Move.APPOINT_READY_NOW.ordinal();
    private static final int APPOINT_ONE_TO_TWO = Move.APPOINT_ONE_TO_TWO.ordinal();
    private static final int EXIT_THREE_PLUS = Move.EXIT_THREE_PLUS.ordinal();
    private static final int EXIT_ONE_TO_TWO = Move.EXIT_ONE_TO_TWO.ordinal();
    private static final int EXIT_READY_NOW = Move.EXIT_READY_NOW.ordinal();

    private MarkovStep() {
    }

    /**
     * @param stock at the end of the previous year
     * @param p each move's probability, already capped
     * @param staying each pool state's probability of staying, from {@link OutgoingCap#staying}
     * @param entrants joining each state this year
     * @param next filled with the stock at the end of this year
     */
    static void next(double[] stock, double[] p, double[] staying, double[] entrants, double[] next) {
        double threePlus = stock[THREE_PLUS];
        double oneToTwo = stock[ONE_TO_TWO];
        double readyNow = stock[READY_NOW];
        next[THREE_PLUS] = threePlus * staying[THREE_PLUS] + entrants[THREE_PLUS];
        next[ONE_TO_TWO] = oneToTwo * staying[ONE_TO_TWO] + threePlus * p[DEVELOP_THREE_PLUS] + entrants[ONE_TO_TWO];
        next[READY_NOW] = readyNow * staying[READY_NOW] + oneToTwo * p[DEVELOP_ONE_TO_TWO] + entrants[READY_NOW];
        next[APPOINTED] = stock[APPOINTED] + readyNow * p[APPOINT_READY_NOW] + oneToTwo * p[APPOINT_ONE_TO_TWO];
        next[EXITED] = stock[EXITED] + threePlus * p[EXIT_THREE_PLUS] + oneToTwo * p[EXIT_ONE_TO_TWO]
                + readyNow * p[EXIT_READY_NOW];
    }
}
