package uk.nhs.talent.gateway.projection;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The rates one cell is projected with: an annual probability for every {@link Move} and the entrants per year into
 * each entry state, each with its {@link RateSource}. Staying in a pool state is 1 − the sum of its moves.
 *
 * @param moves every move's annual probability
 * @param entrants people per year joining {@link PipelineState#THREE_PLUS_YEARS} and {@link
 *     PipelineState#ONE_TO_TWO_YEARS}
 */
public record TransitionRates(Map<Move, Rate> moves, Map<PipelineState, Rate> entrants) {

    /** Rounding slack for sums that should be at most 1. */
    private static final double SUM_TOLERANCE = 1e-9;

    /**
     * Refuses, rather than caps, outgoing probabilities that sum above 1: rates given directly are a caller's own
     * figures, and a silent rescale would project something they did not ask for (see {@link OutgoingCap}).
     *
     * @throws IllegalArgumentException naming the move or state, for a missing rate, a probability above 1 or a
     *     state whose outgoing sum is above 1
     */
    public TransitionRates {
        moves = Require.enumKeyed("moves", moves, Move.class);
        entrants = Require.enumKeyed("entrants", entrants, PipelineState.class);
        for (Move move : Move.values()) {
            if (!moves.containsKey(move)) {
                throw new IllegalArgumentException("moves[" + move + "] is missing: every move needs a rate");
            }
            Require.probability("moves[" + move + "]", moves.get(move).value());
        }
        for (PipelineState state : PipelineState.values()) {
            if (state.isEntry() != entrants.containsKey(state)) {
                throw new IllegalArgumentException("entrants must have exactly THREE_PLUS_YEARS and ONE_TO_TWO_YEARS");
            }
        }
        double[] probabilities = probabilities(moves);
        for (PipelineState state : PipelineState.values()) {
            if (state.isPool() && OutgoingCap.outgoing(probabilities, state) > 1 + SUM_TOLERANCE) {
                throw new IllegalArgumentException("moves out of " + state + " sum to "
                        + OutgoingCap.outgoing(probabilities, state) + ", above 1");
            }
        }
    }

    /** The moves whose probability is a stated default, for the answer to flag. */
    public List<Move> movesOnDefaults() {
        return Arrays.stream(Move.values()).filter(move -> moves.get(move).isDefault()).toList();
    }

    /** The annual probabilities indexed by {@link Move#ordinal()}: the form the projection loops use. */
    double[] probabilities() {
        return probabilities(moves);
    }

    /** Entrants per year indexed by {@link PipelineState#ordinal()}, 0 outside the entry states. */
    double[] entrantsPerYear() {
        double[] perYear = new double[PipelineState.values().length];
        entrants.forEach((state, rate) -> perYear[state.ordinal()] = rate.value());
        return perYear;
    }

    private static double[] probabilities(Map<Move, Rate> moves) {
        double[] probabilities = new double[Move.values().length];
        moves.forEach((move, rate) -> probabilities[move.ordinal()] = rate.value());
        return probabilities;
    }
}
