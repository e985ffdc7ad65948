package uk.nhs.talent.gateway.projection;

import java.util.List;
import java.util.stream.IntStream;

/** One year of the baseline and of the scenario, side by side. */
public record YearComparison(int year, ProjectedYear baseline, ProjectedYear scenario) {

    public YearComparison {
        Require.present("baseline", baseline);
        Require.present("scenario", scenario);
    }

    /** Pairs two projections of the same years, year by year. */
    static List<YearComparison> pair(List<ProjectedYear> baseline, List<ProjectedYear> scenario) {
        return IntStream.range(0, baseline.size())
                .mapToObj(year -> new YearComparison(year, baseline.get(year), scenario.get(year)))
                .toList();
    }
}
