package uk.nhs.talent.gateway.projection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.nhs.talent.commons.reference.Regions;

/**
 * Projects every cell given (typically 7 regions × 13 role families) under the baseline and one scenario, and sums
 * them to region and England totals. Expected figures sum; a total's band comes from summing its cells' runs of the
 * same index, so it is a band of sums, narrower than the sum of the cells' bands since cells' draws are independent.
 *
 * <p>A national run is CPU-bound (a tenth of a second to a few tenths on two cores) and uses the common fork-join
 * pool: call it from a worker thread, never from an event loop.
 */
public final class NationalProjection {

    public static final String ENGLAND = "England";

    private final ProjectionSettings settings;
    private final CellProjector projector;

    public NationalProjection(ProjectionSettings settings) {
        this.settings = Require.present("settings", settings);
        this.projector = new CellProjector(settings);
    }

    /** @throws IllegalArgumentException if a cell is given twice, or as {@link CellProjector#project} refuses */
    public NationalResult run(List<CellInput> cells, Scenario scenario) {
        Set<CellKey> seen = new HashSet<>();
        for (CellInput cell : Require.present("cells", cells)) {
            if (!seen.add(Require.present("cell", cell).key())) {
                throw new IllegalArgumentException("cell " + cell.key().label() + " is given twice");
            }
        }
        // Cells are independent, each with its own seed, so they can run on every core; the list keeps the cells'
        // order and totals add them in that order, so the answer is the same however the work was shared.
        List<CellProjector.CellRun> runs = cells.parallelStream().map(cell -> projector.run(cell, scenario)).toList();
        List<TotalProjection> regions = new ArrayList<>();
        for (String region : Regions.CODES) {
            List<CellProjector.CellRun> inRegion = runs.stream()
                    .filter(run -> run.projection().key().regionCode().equals(region)).toList();
            if (!inRegion.isEmpty()) {
                regions.add(total(region, scenario, inRegion));
            }
        }
        return new NationalResult(runs.stream().map(CellProjector.CellRun::projection).toList(), regions,
                total(ENGLAND, scenario, runs));
    }

    private TotalProjection total(String area, Scenario scenario, List<CellProjector.CellRun> runs) {
        AreaSums baseline = new AreaSums(settings.years(), settings.runs());
        AreaSums alternative = new AreaSums(settings.years(), settings.runs());
        for (CellProjector.CellRun run : runs) {
            baseline.add(run.baseline());
            alternative.add(run.scenario());
        }
        return new TotalProjection(area, scenario.name(), YearComparison.pair(baseline.years(), alternative.years()));
    }
}
