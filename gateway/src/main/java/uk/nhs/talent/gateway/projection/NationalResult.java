package uk.nhs.talent.gateway.projection;

import java.util.List;

/**
 * The answer for a national run.
 *
 * @param cells each cell, in the order given
 * @param regions each region that has a cell, in the order of {@link uk.nhs.talent.commons.reference.Regions#CODES}
 * @param england all cells
 */
public record NationalResult(List<CellProjection> cells, List<TotalProjection> regions, TotalProjection england) {

    public NationalResult {
        cells = List.copyOf(cells);
        regions = List.copyOf(regions);
    }

    /** @throws IllegalArgumentException if the run had no cell in the region */
    public TotalProjection region(String regionCode) {
        return regions.stream().filter(region -> region.area().equals(regionCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cell of region " + regionCode + " was projected"));
    }
}
