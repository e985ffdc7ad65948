package uk.nhs.talent.gateway.projection;

import java.util.List;

/**
 * The sum of several cells: a region, or England. Expected figures are sums of the cells'; bands are bands of the
 * sums over the same Monte Carlo runs, not sums of the cells' bands, which would overstate the spread.
 *
 * @param area a region code, or {@value NationalProjection#ENGLAND}
 * @param scenario the scenario's name
 * @param years year 0 (the start) to the years projected, baseline and scenario side by side
 */
public record TotalProjection(String area, String scenario, List<YearComparison> years) {

    public TotalProjection {
        years = List.copyOf(years);
    }

    /** A year, 0 to the years projected. */
    public YearComparison year(int year) {
        return years.get(year);
    }
}
