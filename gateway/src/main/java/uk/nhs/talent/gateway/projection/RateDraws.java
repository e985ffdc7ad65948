package uk.nhs.talent.gateway.projection;

import java.util.SplittableRandom;

/**
 * The Monte Carlo's draws of a cell's move probabilities: parameter uncertainty, not chance among individuals.
 *
 * <p>Each probability p is drawn from Beta(p·n, (1 − p)·n), where n is the person-years behind it: the exposure of
 * an estimate, or for a default {@link ProjectionSettings#defaultPseudoExposure()}, small, so that a default is
 * wide. The draw's mean is p itself and its spread is about that of moves ÷ exposure over n person-years,
 * √(p(1 − p) ÷ n). Not the uniform-prior posterior Beta(moves + 1, exposure − moves + 1): its mean, (moves + 1) ÷
 * (exposure + 2), sits well above a rare move's estimate in a small cell (one exit in 30 person-years: 0.0625
 * against 0.033), and summed over 91 cells the national band then misses the expected figure it should surround.
 * The price: a move never observed (p = 0), like a default of exactly 0 or 1, is as certain in the bands as in the
 * expected figures. Shapes below 1 (little weight on a small p) are drawn by {@link BetaSampler}'s boost. Entrants
 * and demand are inputs and are not drawn.
 *
 * <p>Each cell's draws come from a seed of its own, derived from the base seed and the cell's label, so a cell's
 * bands do not depend on which other cells run beside it, and summed cells are independent. The baseline and the
 * scenario use the same draws, so the difference between them is the scenario's, not sampling noise.
 */
final class RateDraws {

    /** The golden-ratio increment: spreads base seeds that differ by a little over the whole range. */
    private static final long SPREAD = 0x9E3779B97F4A7C15L;

    private RateDraws() {
    }

    /** @return {@code draws[run][move]} for each of the settings' runs */
    static double[][] draw(TransitionRates rates, ProjectionSettings settings, CellKey key) {
        double[] probabilities = rates.probabilities();
        double[] weights = new double[probabilities.length];
        for (Move move : Move.values()) {
            Rate rate = rates.moves().get(move);
            weights[move.ordinal()] = rate.isDefault() ? settings.defaultPseudoExposure() : rate.exposure();
        }
        SplittableRandom random = new SplittableRandom(seed(settings.seed(), key));
        double[][] draws = new double[settings.runs()][probabilities.length];
        for (double[] run : draws) {
            for (int move = 0; move < probabilities.length; move++) {
                run[move] = draw(random, probabilities[move], weights[move]);
            }
        }
        return draws;
    }

    private static double draw(SplittableRandom random, double p, double weight) {
        boolean certain = p == 0 || p == 1 || weight == 0;
        return certain ? p : BetaSampler.beta(random, p * weight, (1 - p) * weight);
    }

    /** {@link String#hashCode()} is specified by the language, so the seed is the same on every JVM. */
    static long seed(long baseSeed, CellKey key) {
        return baseSeed * SPREAD ^ key.label().hashCode();
    }
}
