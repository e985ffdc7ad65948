package uk.nhs.talent.gateway.projection;

/**
 * The one rule for the probabilities out of a state when they sum above 1: they are scaled down in proportion, so
 * they sum to exactly 1 and nobody stays. It applies where the excess comes from the data or a what-if (an
 * estimate from a short, busy history, a scenario factor, a random draw), none of which is a caller's mistake;
 * {@link TransitionRates} given directly with such a sum are refused instead.
 *
 * <p>Works on arrays indexed by {@link Move#ordinal()}, since it runs inside the Monte Carlo loop.
 */
final class OutgoingCap {

    private static final int[][] MOVES_OUT = new int[PipelineState.POOL_STATES][];

    static {
        for (PipelineState state : PipelineState.values()) {
            if (state.isPool()) {
                MOVES_OUT[state.ordinal()] = Move.outOf(state).stream().mapToInt(Move::ordinal).toArray();
            }
        }
    }

    private OutgoingCap() {
    }

    /** Scales down, in place, the probabilities of each state whose outgoing sum is above 1. */
    static void apply(double[] probabilities) {
        for (int[] moves : MOVES_OUT) {
            double sum = outgoing(probabilities, moves);
            if (sum > 1) {
                for (int move : moves) {
                    probabilities[move] /= sum;
                }
            }
        }
    }

    /** The probability of staying in each pool state, 1 − the outgoing sum, never below 0 (rounding). */
    static double[] staying(double[] probabilities) {
        double[] staying = new double[PipelineState.POOL_STATES];
        for (int state = 0; state < staying.length; state++) {
            staying[state] = Math.max(0, 1 - outgoing(probabilities, MOVES_OUT[state]));
        }
        return staying;
    }

    static double outgoing(double[] probabilities, PipelineState state) {
        return outgoing(probabilities, MOVES_OUT[state.ordinal()]);
    }

    private static double outgoing(double[] probabilities, int[] moves) {
        double sum = 0;
        for (int move : moves) {
            sum += probabilities[move];
        }
        return sum;
    }
}
