package uk.nhs.talent.gateway.projection;

import java.util.ArrayList;
import java.util.List;

/**
 * People of a cell projected together under one scenario: the whole cell, or one category of its characteristic.
 * Each category is projected on its own so that a group factor moves only that group; with every group factor 1 the
 * categories add up to the whole cell, since each year is linear in the stock and the entrants.
 */
final class Cohort {

    private static final int THREE_PLUS = PipelineState.THREE_PLUS_YEARS.ordinal();

    /** {@code null} for a whole cell. */
    final String category;
    private final double[] start;
    private final double[] entrants;
    private final double[] factors;

    private Cohort(String category, double[] start, double[] entrants, Scenario scenario) {
        this.category = category;
        this.start = start;
        this.entrants = entrants;
        this.factors = new double[Move.values().length];
        for (Move move : Move.values()) {
            factors[move.ordinal()] = scenario.factor(move, category);
        }
    }

    /**
     * The cohorts of a cell: one per category where composition is given, else the whole cell. A category's start
     * and entrants are its shares of each stage's; the scenario's extra entrants join 3+ years, so they split by the
     * 3+ years shares like its own entrants.
     */
    static List<Cohort> of(CellInput cell, Scenario scenario) {
        double[] start = cell.start().toArray();
        double[] entrants = cell.rates().entrantsPerYear();
        entrants[THREE_PLUS] += scenario.extraEntrantsPerYear();
        CharacteristicShares composition = cell.composition();
        if (composition == null) {
            return List.of(new Cohort(null, start, entrants, scenario));
        }
        List<Cohort> cohorts = new ArrayList<>();
        for (String category : composition.categories()) {
            double[] categoryStart = new double[start.length];
            double[] categoryEntrants = new double[entrants.length];
            for (PipelineState stage : PipelineState.values()) {
                if (stage.isPool()) {
                    double share = composition.share(stage, category);
                    categoryStart[stage.ordinal()] = start[stage.ordinal()] * share;
                    categoryEntrants[stage.ordinal()] = entrants[stage.ordinal()] * share;
                }
            }
            cohorts.add(new Cohort(category, categoryStart, categoryEntrants, scenario));
        }
        return cohorts;
    }

    /**
     * Projects the expected stock of years 0 to {@code stock.length - 1}.
     *
     * @param probabilities the cell's move probabilities (estimates or one run's draws), before the scenario
     * @param stock filled: {@code stock[year][state]}
     */
    void project(double[] probabilities, double[][] stock) {
        double[] adjusted = new double[probabilities.length];
        for (int move = 0; move < adjusted.length; move++) {
            adjusted[move] = probabilities[move] * factors[move];
        }
        OutgoingCap.apply(adjusted);
        double[] staying = OutgoingCap.staying(adjusted);
        System.arraycopy(start, 0, stock[0], 0, start.length);
        for (int year = 1; year < stock.length; year++) {
            MarkovStep.next(stock[year - 1], adjusted, staying, entrants, stock[year]);
        }
    }
}
