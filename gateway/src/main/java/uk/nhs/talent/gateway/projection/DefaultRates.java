package uk.nhs.talent.gateway.projection;

/**
 * The rates a cell takes where its history is too short to estimate them. They are stated assumptions, not
 * evidence: {@link #STANDARD} is a plausible senior pipeline (about three years from 3+ years to 1–2 years, two
 * and a half from 1–2 years to ready now, a ready-now member appointed within four years on average, one in twelve
 * leaving the pool each year), and the answer marks every rate that uses them.
 *
 * @param developThreePlus annual probability of 3+ years → 1–2 years
 * @param developOneToTwo annual probability of 1–2 years → ready now
 * @param appointReadyNow annual probability of ready now → appointed
 * @param appointOneToTwo annual probability of 1–2 years → appointed (a stretch appointment)
 * @param exit annual probability of leaving the pool, the same from every pool state
 * @param entrantsPerYear people joining each entry state per year: 0, so that a cell without history does not
 *     grow on an assumption
 */
public record DefaultRates(
        double developThreePlus, double developOneToTwo, double appointReadyNow, double appointOneToTwo, double exit,
        double entrantsPerYear) {

    public static final DefaultRates STANDARD = new DefaultRates(0.30, 0.40, 0.25, 0.05, 0.08, 0);

    /** @throws IllegalArgumentException naming the field, unless each is a probability and each state's sum ≤ 1 */
    public DefaultRates {
        Require.probability("developThreePlus", developThreePlus);
        Require.probability("developOneToTwo", developOneToTwo);
        Require.probability("appointReadyNow", appointReadyNow);
        Require.probability("appointOneToTwo", appointOneToTwo);
        Require.probability("exit", exit);
        Require.nonNegative("entrantsPerYear", entrantsPerYear);
        if (developThreePlus + exit > 1 || developOneToTwo + appointOneToTwo + exit > 1 || appointReadyNow + exit > 1) {
            throw new IllegalArgumentException("default rates out of a state must sum to at most 1");
        }
    }

    /** The default annual probability of a move. */
    public double probability(Move move) {
        return switch (move) {
            case DEVELOP_THREE_PLUS -> developThreePlus;
            case DEVELOP_ONE_TO_TWO -> developOneToTwo;
            case APPOINT_READY_NOW -> appointReadyNow;
            case APPOINT_ONE_TO_TWO -> appointOneToTwo;
            case EXIT_THREE_PLUS, EXIT_ONE_TO_TWO, EXIT_READY_NOW -> exit;
        };
    }
}
