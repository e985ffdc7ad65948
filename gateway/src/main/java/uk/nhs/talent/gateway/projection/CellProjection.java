package uk.nhs.talent.gateway.projection;

import java.util.List;

/**
 * The answer for one cell.
 *
 * @param key the region and role family
 * @param rates the rates it was projected with, each saying whether it is a default
 * @param scenario the scenario's name
 * @param years year 0 (the start) to the years projected, baseline and scenario side by side
 */
public record CellProjection(CellKey key, TransitionRates rates, String scenario, List<YearComparison> years) {

    public CellProjection {
        years = List.copyOf(years);
    }

    /** A year, 0 to the years projected. */
    public YearComparison year(int year) {
        return years.get(year);
    }
}
