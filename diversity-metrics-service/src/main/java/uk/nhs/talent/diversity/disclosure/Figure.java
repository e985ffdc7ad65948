package uk.nhs.talent.diversity.disclosure;

import java.util.Arrays;
import java.util.Objects;

/**
 * A figure that may be published: the sum of some base cells of the underlying cube. Linked tables
 * are expressed by letting figures of different tables share base cells, which is what lets the
 * audit see attacks that combine tables.
 *
 * @param id             unique identifier, used to match published figures and audit results
 * @param baseCells      distinct indices into the base counts array (stored sorted, copied defensively)
 * @param zeroDisclosive whether a zero here would itself tell something about a person: a category with
 *                       nobody in it, in a row with people in it, tells the reader every one of them is in
 *                       another category. Such a zero is suppressed like a small count, and a reader can only
 *                       assume a suppressed one is at least 0; any other suppressed figure is at least 1.
 * @param publiclyKnown  whether readers know the figure exactly from elsewhere (how many people were shortlisted
 *                       in a region, as the vacancy figures say): it is published exactly, never suppressed, and
 *                       the audit takes it as known, so that knowing it gives nothing more.
 */
public record Figure(String id, int[] baseCells, boolean zeroDisclosive, boolean publiclyKnown) {

    /** A count whose zero discloses nothing, protected like any other. */
    public Figure(String id, int[] baseCells) {
        this(id, baseCells, false, false);
    }

    /** A category's count in a row: its zero is disclosive when the row has people in it. */
    public static Figure category(String id, int[] baseCells, boolean populatedRow) {
        return new Figure(id, baseCells, populatedRow, false);
    }

    /** A total that readers know exactly from elsewhere. */
    public static Figure publiclyKnown(String id, int[] baseCells) {
        return new Figure(id, baseCells, false, true);
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
                && zeroDisclosive == that.zeroDisclosive && publiclyKnown == that.publiclyKnown;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, Arrays.hashCode(baseCells), zeroDisclosive, publiclyKnown);
    }

    @Override
    public String toString() {
        return "Figure[" + id + ", " + baseCells.length + " base cells]";
    }
}
