package uk.nhs.talent.gateway.projection;

/**
 * What one cell is projected from.
 *
 * @param key the region and role family
 * @param start the pool by readiness now, with nobody appointed or exited yet
 * @param rates from {@link RateEstimator}, or given
 * @param demand expected vacancies for at least the years projected
 * @param composition shares of one characteristic per pool stage, or {@code null} for a projection without
 *     composition (group factors of a scenario then have nothing to act on)
 */
public record CellInput(
        CellKey key, Stock start, TransitionRates rates, DemandForecast demand, CharacteristicShares composition) {

    /** @throws IllegalArgumentException naming the field, for a missing part or a start with people already gone */
    public CellInput {
        Require.present("key", key);
        Require.present("start", start);
        Require.present("rates", rates);
        Require.present("demand", demand);
        if (start.appointed() != 0 || start.exited() != 0) {
            throw new IllegalArgumentException("start.appointed and start.exited must be 0: they count from the start");
        }
    }

    /** A cell projected without composition. */
    public CellInput(CellKey key, Stock start, TransitionRates rates, DemandForecast demand) {
        this(key, start, rates, demand, null);
    }
}
