package uk.nhs.talent.gateway.projection;

/**
 * Projects one cell under the baseline and a scenario, with expected values and uncertainty bands.
 */
public final class CellProjector {

    private final ProjectionSettings settings;

    public CellProjector(ProjectionSettings settings) {
        this.settings = Require.present("settings", settings);
    }

    /** @throws IllegalArgumentException if the cell's demand does not cover the years projected */
    public CellProjection project(CellInput cell, Scenario scenario) {
        return run(cell, scenario).projection();
    }

    /** The answer and the sums that totals are built from. */
    CellRun run(CellInput cell, Scenario scenario) {
        Require.present("cell", cell);
        Require.present("scenario", scenario);
        if (cell.demand().years() < settings.years()) {
            throw new IllegalArgumentException(cell.key().label() + ": demand covers " + cell.demand().years()
                    + " years but " + settings.years() + " are projected");
        }
        double[][] draws = RateDraws.draw(cell.rates(), settings, cell.key());
        CellVariant baseline = CellVariant.project(cell, Scenario.BASELINE, draws, settings.years());
        CellVariant alternative = CellVariant.project(cell, scenario, draws, settings.years());
        CellProjection projection = new CellProjection(cell.key(), cell.rates(), scenario.name(),
                YearComparison.pair(baseline.years(), alternative.years()));
        return new CellRun(projection, baseline.sums(), alternative.sums());
    }

    record CellRun(CellProjection projection, AreaSums baseline, AreaSums scenario) {
    }
}
