package uk.nhs.talent.gateway.projection;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a cell's history into the rates it is projected with.
 *
 * <p>Moves ÷ the person-years spent in the state they leave is a rate per person-year (a hazard), not a yearly
 * probability: someone who can leave a state several ways leaves it at most once. So the moves out of a state are
 * competing risks: with hazards λ<sub>k</sub> summing to Λ, the chance of leaving within a year is 1 − e<sup>−Λ</sup>,
 * shared among the moves in proportion, p<sub>k</sub> = λ<sub>k</sub> ÷ Λ × (1 − e<sup>−Λ</sup>). The
 * probabilities then always sum below 1, however busy the history. Where the exposure is below the minimum (by
 * default {@value #DEFAULT_MINIMUM_EXPOSURE} person-years), every move out of the state takes its
 * {@link DefaultRates default} (stated as a yearly probability) instead: a few person-years say too little, and
 * mixing estimated and default moves out of one state could give them an inconsistent sum. The minimum is above 0,
 * so no rate ever divides by zero exposure. Entrants per year are entrants ÷ years observed, or the default where
 * less than {@value #MINIMUM_OBSERVED_YEARS} year was observed, since a shorter window may catch or miss an annual
 * intake.
 */
public final class RateEstimator {

    public static final double DEFAULT_MINIMUM_EXPOSURE = 20;
    static final double MINIMUM_OBSERVED_YEARS = 1;

    private final double minimumExposure;
    private final DefaultRates defaults;

    /** The stated defaults and a minimum exposure of {@value #DEFAULT_MINIMUM_EXPOSURE} person-years. */
    public RateEstimator() {
        this(DEFAULT_MINIMUM_EXPOSURE, DefaultRates.STANDARD);
    }

    /** @throws IllegalArgumentException unless the minimum exposure is finite and above 0 */
    public RateEstimator(double minimumExposure, DefaultRates defaults) {
        if (!(minimumExposure > 0) || Double.isInfinite(minimumExposure)) {
            throw new IllegalArgumentException(
                    "minimumExposure must be a finite number > 0 but was " + minimumExposure);
        }
        this.minimumExposure = minimumExposure;
        this.defaults = Require.present("defaults", defaults);
    }

    public TransitionRates estimate(TransitionCounts counts) {
        Map<Move, Rate> moves = new EnumMap<>(Move.class);
        Map<PipelineState, Rate> entrants = new EnumMap<>(PipelineState.class);
        for (PipelineState state : PipelineState.values()) {
            if (state.isPool()) {
                moves.putAll(movesOutOf(state, counts));
            }
            if (state.isEntry()) {
                entrants.put(state, entrantsInto(state, counts));
            }
        }
        return new TransitionRates(moves, entrants);
    }

    private Map<Move, Rate> movesOutOf(PipelineState state, TransitionCounts counts) {
        List<Move> out = Move.outOf(state);
        double exposure = counts.exposureIn(state);
        Map<Move, Rate> rates = new EnumMap<>(Move.class);
        if (exposure < minimumExposure) {
            for (Move move : out) {
                rates.put(move, Rate.byDefault(defaults.probability(move), exposure, counts.count(move)));
            }
            return rates;
        }
        double hazard = 0;
        for (Move move : out) {
            hazard += counts.count(move) / exposure;
        }
        double leaving = -Math.expm1(-hazard); // 1 − e^−Λ, exact for small Λ
        for (Move move : out) {
            double probability = hazard == 0 ? 0 : counts.count(move) / exposure / hazard * leaving;
            rates.put(move, Rate.estimated(probability, exposure, counts.count(move)));
        }
        return rates;
    }

    private Rate entrantsInto(PipelineState state, TransitionCounts counts) {
        double years = counts.observedYears();
        long entrants = counts.entrantsInto(state);
        return years < MINIMUM_OBSERVED_YEARS
                ? Rate.byDefault(defaults.entrantsPerYear(), years, entrants)
                : Rate.estimated(entrants / years, years, entrants);
    }
}
