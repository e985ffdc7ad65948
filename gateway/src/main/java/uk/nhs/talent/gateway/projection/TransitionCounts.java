package uk.nhs.talent.gateway.projection;

import java.util.Map;

/**
 * The observed history of one cell (region × role family), as aggregate counts: what talent-service supplies.
 * A missing key counts as 0.
 *
 * @param exposure person-years spent in each pool state over the history
 * @param moves the number of each {@link Move} observed over the history
 * @param observedYears the length of the history in years, over which {@code entrants} were counted
 * @param entrants people who joined the pool over the history, by the state they joined in: {@link
 *     PipelineState#THREE_PLUS_YEARS} or {@link PipelineState#ONE_TO_TWO_YEARS}
 */
public record TransitionCounts(
        Map<PipelineState, Double> exposure, Map<Move, Long> moves, double observedYears,
        Map<PipelineState, Long> entrants) {

    /** A cell with no history at all: every rate will take its default. */
    public static final TransitionCounts NONE = new TransitionCounts(Map.of(), Map.of(), 0, Map.of());

    /** @throws IllegalArgumentException naming the field, for a negative or non-finite figure or a wrong state */
    public TransitionCounts {
        exposure = Require.enumKeyed("exposure", exposure, PipelineState.class);
        moves = Require.enumKeyed("moves", moves, Move.class);
        entrants = Require.enumKeyed("entrants", entrants, PipelineState.class);
        Require.nonNegative("observedYears", observedYears);
        exposure.forEach((state, personYears) -> {
            if (!state.isPool()) {
                throw new IllegalArgumentException("exposure is only for pool states, not " + state);
            }
            Require.nonNegative("exposure[" + state + "]", personYears);
        });
        moves.forEach((move, count) -> Require.nonNegative("moves[" + move + "]", count));
        entrants.forEach((state, count) -> {
            if (!state.isEntry()) {
                throw new IllegalArgumentException("entrants join THREE_PLUS_YEARS or ONE_TO_TWO_YEARS, not " + state);
            }
            Require.nonNegative("entrants[" + state + "]", count);
        });
    }

    public double exposureIn(PipelineState state) {
        return exposure.getOrDefault(state, 0.0);
    }

    public long count(Move move) {
        return moves.getOrDefault(move, 0L);
    }

    public long entrantsInto(PipelineState state) {
        return entrants.getOrDefault(state, 0L);
    }
}
