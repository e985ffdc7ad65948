package uk.nhs.talent.gateway.projection;

import java.util.Map;

/**
 * One year of the projection of a cell, a region or England under one scenario.
 *
 * @param year 0 (the start) to the years projected
 * @param stock expected people in each state at the end of the year
 * @param expectedVacancies expected vacancies in the year; 0 for year 0, which no forecast covers
 * @param readyNowPerVacancy expected ready-now supply ÷ expected vacancies; {@code null} when no vacancies are
 *     expected
 * @param supplyGap expected vacancies − expected ready-now supply: negative where supply exceeds demand
 * @param readyNowBand where ready-now supply lies given what the rates' data leave open; zero width in year 0
 * @param readyNowPerVacancyBand {@code readyNowBand} ÷ expected vacancies; {@code null} when no vacancies are
 *     expected
 * @param composition for a cell given with composition: each state's share of each category, a state with nobody
 *     expected in it left out; empty for totals and for cells without composition
 */
public record ProjectedYear(
        int year, Stock stock, double expectedVacancies, Double readyNowPerVacancy, double supplyGap,
        Band readyNowBand, Band readyNowPerVacancyBand, Map<PipelineState, Map<String, Double>> composition) {

    public ProjectedYear {
        Require.present("stock", stock);
        Require.present("readyNowBand", readyNowBand);
        composition = Require.enumKeyed("composition", composition, PipelineState.class);
    }

    /** A year with its ready now per vacancy, gap and band of it, worked out from supply and demand. */
    static ProjectedYear of(
            int year, Stock stock, double expectedVacancies, Band readyNowBand,
            Map<PipelineState, Map<String, Double>> composition) {
        boolean anyVacancies = expectedVacancies > 0;
        return new ProjectedYear(year, stock, expectedVacancies,
                anyVacancies ? stock.readyNow() / expectedVacancies : null,
                expectedVacancies - stock.readyNow(), readyNowBand,
                anyVacancies ? readyNowBand.dividedBy(expectedVacancies) : null, composition);
    }
}
