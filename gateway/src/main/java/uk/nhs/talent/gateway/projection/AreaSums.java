package uk.nhs.talent.gateway.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Running sums for an area (a cell, a region, England) under one scenario: the expected stock and vacancies of each
 * year, and the ready-now supply of each year and Monte Carlo run. Adding areas run by run, same index with same
 * index, is what makes a total's band a band of sums.
 */
final class AreaSums {

    private static final int READY_NOW = PipelineState.READY_NOW.ordinal();

    private final double[][] stock;
    private final double[] vacancies;
    private final double[][] readyNowRuns;

    AreaSums(int years, int runs) {
        stock = new double[years + 1][PipelineState.values().length];
        vacancies = new double[years + 1];
        readyNowRuns = new double[years + 1][runs];
    }

    /** Adds a cohort's expected stock, {@code expected[year][state]}. */
    void addExpected(double[][] expected) {
        for (int year = 0; year < stock.length; year++) {
            for (int state = 0; state < expected[year].length; state++) {
                stock[year][state] += expected[year][state];
            }
        }
    }

    /** Adds the ready-now supply of a cohort's stock in one run, {@code runStock[year][state]}. */
    void addRun(int run, double[][] runStock) {
        for (int year = 0; year < readyNowRuns.length; year++) {
            readyNowRuns[year][run] += runStock[year][READY_NOW];
        }
    }

    /** Adds the vacancies of the years projected; year 0 has none. */
    void addDemand(DemandForecast demand) {
        for (int year = 1; year < vacancies.length; year++) {
            vacancies[year] += demand.vacanciesIn(year);
        }
    }

    void add(AreaSums area) {
        addExpected(area.stock);
        for (int year = 0; year < vacancies.length; year++) {
            vacancies[year] += area.vacancies[year];
            for (int run = 0; run < readyNowRuns[year].length; run++) {
                readyNowRuns[year][run] += area.readyNowRuns[year][run];
            }
        }
    }

    /** Year 0 to the years projected, with each year's composition from {@code composition}. */
    List<ProjectedYear> years(IntFunction<Map<PipelineState, Map<String, Double>>> composition) {
        List<ProjectedYear> years = new ArrayList<>(stock.length);
        for (int year = 0; year < stock.length; year++) {
            years.add(ProjectedYear.of(year, Stock.of(stock[year]), vacancies[year], Band.of(readyNowRuns[year]),
                    composition.apply(year)));
        }
        return years;
    }

    /** Year 0 to the years projected, without composition: a total. */
    List<ProjectedYear> years() {
        return years(year -> Map.of());
    }
}
