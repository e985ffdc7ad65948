package uk.nhs.talent.diversity.metrics;

/** The breakdowns of board representation (WRES indicator 9): national, or one row per region. */
public enum BoardBreakdown {
    NATIONAL(Breakdown.NATIONAL, Breakdown.LEVEL),
    REGION(Breakdown.REGION, Breakdown.REGION_BY_LEVEL);

    private final Breakdown board;
    private final Breakdown byLevel;

    BoardBreakdown(Breakdown board, Breakdown byLevel) {
        this.board = board;
        this.byLevel = byLevel;
    }

    /** The breakdown of the board table its rows come from. */
    public Breakdown board() {
        return board;
    }

    /** The breakdown of the appointments table whose VSM rows are its very senior managers. */
    public Breakdown byLevel() {
        return byLevel;
    }
}
