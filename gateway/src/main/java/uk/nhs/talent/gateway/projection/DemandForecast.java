package uk.nhs.talent.gateway.projection;

import java.util.Collections;
import java.util.List;
import java.util.stream.DoubleStream;

/**
 * A cell's expected senior vacancies in each projected year: key posts whose holders are expected to leave in the
 * year plus turnover × posts, worked out by whoever supplies it.
 *
 * @param expectedVacancies the expected vacancies of year 1, 2, … in that order
 */
public record DemandForecast(List<Double> expectedVacancies) {

    /** @throws IllegalArgumentException naming the year, for an empty forecast or a negative or non-finite figure */
    public DemandForecast {
        expectedVacancies = List.copyOf(Require.present("expectedVacancies", expectedVacancies));
        if (expectedVacancies.isEmpty()) {
            throw new IllegalArgumentException("expectedVacancies must cover at least year 1");
        }
        for (int year = 1; year <= expectedVacancies.size(); year++) {
            Require.nonNegative("expectedVacancies[year " + year + "]", expectedVacancies.get(year - 1));
        }
    }

    public static DemandForecast of(double... perYear) {
        return new DemandForecast(DoubleStream.of(perYear).boxed().toList());
    }

    public static DemandForecast constant(double perYear, int years) {
        return new DemandForecast(Collections.nCopies(years, perYear));
    }

    public int years() {
        return expectedVacancies.size();
    }

    /** The expected vacancies of a year, 1 to {@link #years()}. */
    public double vacanciesIn(int year) {
        return expectedVacancies.get(year - 1);
    }
}
