package uk.nhs.talent.talent.readiness;

import uk.nhs.talent.commons.problem.ApiProblem;

/**
 * A nine-box placement: current performance and future potential, each rated 1 (low), 2 (moderate) or 3 (high).
 *
 * <p>The stable code is {@link #cell()}, numbered from low-low to high-high along each potential row, so that a
 * higher number never means lower potential:
 *
 * <pre>
 *                 performance 1      performance 2      performance 3
 *   potential 3   7 Potential gem    8 High potential   9 Star
 *   potential 2   4 Inconsistent     5 Core player      6 High performer
 *                   player
 *   potential 1   1 Talent risk      2 Average          3 Solid performer
 *                                      performer
 * </pre>
 *
 * <p>The {@link #label()}s are the common HR naming of the performance/potential grid (the GE–McKinsey matrix
 * adapted to people). Published variants name the boxes differently; store and exchange the cell, show the label.
 */
public record NineBoxPlacement(int performance, int potential) {

    private static final String RATING = "must be 1, 2 or 3";

    private static final String[] LABELS = {
            "Talent risk", "Average performer", "Solid performer",
            "Inconsistent player", "Core player", "High performer",
            "Potential gem", "High potential", "Star" };

    public NineBoxPlacement {
        if (performance < 1 || performance > 3) {
            throw ApiProblem.invalidField("performance", RATING);
        }
        if (potential < 1 || potential > 3) {
            throw ApiProblem.invalidField("potential", RATING);
        }
    }

    /** The placement for a stored cell number. */
    public static NineBoxPlacement ofCell(int cell) {
        if (cell < 1 || cell > 9) {
            throw ApiProblem.invalidField("cell", "must be between 1 and 9");
        }
        return new NineBoxPlacement((cell - 1) % 3 + 1, (cell - 1) / 3 + 1);
    }

    /** 1 (low performance, low potential) to 9 (high performance, high potential); see the grid above. */
    public int cell() {
        return (potential - 1) * 3 + performance;
    }

    public String label() {
        return LABELS[cell() - 1];
    }
}
