package uk.nhs.talent.gateway.projection;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One cell under one scenario: each cohort's expected stock year by year, and the cell's sums, including the
 * ready-now supply of every Monte Carlo run.
 */
final class CellVariant {

    private final List<Cohort> cohorts;
    /** {@code expected[cohort][year][state]}. */
    private final double[][][] expected;
    private final AreaSums sums;

    private CellVariant(List<Cohort> cohorts, double[][][] expected, AreaSums sums) {
        this.cohorts = cohorts;
        this.expected = expected;
        this.sums = sums;
    }

    /**
     * @param draws {@code draws[run][move]}, shared by the baseline and the scenario
     */
    static CellVariant project(CellInput cell, Scenario scenario, double[][] draws, int years) {
        List<Cohort> cohorts = Cohort.of(cell, scenario);
        AreaSums sums = new AreaSums(years, draws.length);
        sums.addDemand(cell.demand());
        double[] estimates = cell.rates().probabilities();
        double[][][] expected = new double[cohorts.size()][years + 1][PipelineState.values().length];
        for (int cohort = 0; cohort < cohorts.size(); cohort++) {
            cohorts.get(cohort).project(estimates, expected[cohort]);
            sums.addExpected(expected[cohort]);
        }
        double[][] runStock = new double[years + 1][PipelineState.values().length];
        for (int run = 0; run < draws.length; run++) {
            for (Cohort cohort : cohorts) {
                cohort.project(draws[run], runStock);
                sums.addRun(run, runStock);
            }
        }
        return new CellVariant(cohorts, expected, sums);
    }

    AreaSums sums() {
        return sums;
    }

    List<ProjectedYear> years() {
        return sums.years(this::composition);
    }

    /** Each state's share of each category in a year; empty for a cell without composition. */
    private Map<PipelineState, Map<String, Double>> composition(int year) {
        Map<PipelineState, Map<String, Double>> composition = new EnumMap<>(PipelineState.class);
        if (cohorts.get(0).category == null) {
            return composition;
        }
        for (PipelineState state : PipelineState.values()) {
            double total = 0;
            for (double[][] cohort : expected) {
                total += cohort[year][state.ordinal()];
            }
            if (total > 0) {
                Map<String, Double> shares = new LinkedHashMap<>();
                for (int cohort = 0; cohort < expected.length; cohort++) {
                    shares.put(cohorts.get(cohort).category, expected[cohort][year][state.ordinal()] / total);
                }
                composition.put(state, Collections.unmodifiableMap(shares));
            }
        }
        return composition;
    }
}
