package uk.nhs.talent.diversity.disclosure;

import java.util.Arrays;
import java.util.Objects;

/**
 * A figure that may be published: the sum of some base cells of the underlying cube. Linked tables
 * are expressed by letting figures of different tables share base cells, which is what lets the
 * audit see attacks that combine tables.
 *
 * @param id            unique identifier, used to match published figures and audit results
 * @param baseCells     distinct indices into the base counts array (stored sorted, copied defensively)
 * @param zeroDisclosive whether a zero here would itself tell something about a person: a category with
 *                      nobody in it, in a row with people in it, tells the reader every one of them is in
 *                      another category. Such a zero is suppressed like a small count, and a reader can only
 *                      assume a suppressed one is at least 0; any other suppressed figure is at least 1.
 */
public record Figure(String id, int[] baseCells, boolean zeroDisclosive) {

    /** A figure whose zero discloses nothing (a total, or a category of an empty row): published as 0. */
    public Figure(String id, int[] baseCells) {
        this(id, baseCells, false);
    }

    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(baseCells, "baseCells");
        int[] sorted = baseCells.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] < 0) {
                throw new IllegalArgumentException("figure " + id + ": negative base cell " + sorted[i]);
            }
            if (i > 0 && sorted[i] == sorted[i - 1]) {
                throw new IllegalArgumentException("figure " + id + ": base cell " + sorted[i] + " listed twice");
            }
        }
        baseCells = sorted;
    }

    /** Returns a copy, so callers cannot change the figure. */
    @Override
    public int[] baseCells() {
        return baseCells.clone();
    }

    int baseCellCount() {
        return baseCells.length;
    }

    int baseCell(int i) {
        return baseCells[i];
    }

    /** The figure's true value; only the publisher can compute this. */
    long sum(long[] baseCounts) {
        long total = 0;
        for (int cell : baseCells) {
            if (cell >= baseCounts.length) {
                throw new IllegalArgumentException("figure " + id + ": base cell " + cell
                        + " outside the " + baseCounts.length + " base counts");
            }
            total = Math.addExact(total, baseCounts[cell]);
        }
        return total;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Figure that && id.equals(that.id) && Arrays.equals(baseCells, that.baseCells)
                && zeroDisclosive == that.zeroDisclosive;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * id.hashCode() + Arrays.hashCode(baseCells)) + Boolean.hashCode(zeroDisclosive);
    }

    @Override
    public String toString() {
        return "Figure[" + id + ", " + baseCells.length + " base cells]";
    }
}
