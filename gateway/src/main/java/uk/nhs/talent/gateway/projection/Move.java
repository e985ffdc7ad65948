package uk.nhs.talent.gateway.projection;

import static uk.nhs.talent.gateway.projection.PipelineState.APPOINTED;
import static uk.nhs.talent.gateway.projection.PipelineState.EXITED;
import static uk.nhs.talent.gateway.projection.PipelineState.ONE_TO_TWO_YEARS;
import static uk.nhs.talent.gateway.projection.PipelineState.READY_NOW;
import static uk.nhs.talent.gateway.projection.PipelineState.THREE_PLUS_YEARS;

import java.util.Arrays;
import java.util.List;

/**
 * A move between states that the model allows in a year, each with its own annual probability. Any other pair of
 * states has probability 0: nobody goes back a readiness step, and 3+ years to ready now takes two years at least.
 */
public enum Move {
    DEVELOP_THREE_PLUS(THREE_PLUS_YEARS, ONE_TO_TWO_YEARS, Kind.DEVELOPMENT),
    DEVELOP_ONE_TO_TWO(ONE_TO_TWO_YEARS, READY_NOW, Kind.DEVELOPMENT),
    APPOINT_READY_NOW(READY_NOW, APPOINTED, Kind.APPOINTMENT),
    APPOINT_ONE_TO_TWO(ONE_TO_TWO_YEARS, APPOINTED, Kind.APPOINTMENT),
    EXIT_THREE_PLUS(THREE_PLUS_YEARS, EXITED, Kind.EXIT),
    EXIT_ONE_TO_TWO(ONE_TO_TWO_YEARS, EXITED, Kind.EXIT),
    EXIT_READY_NOW(READY_NOW, EXITED, Kind.EXIT);

    /** What a scenario factor acts on. */
    public enum Kind { DEVELOPMENT, APPOINTMENT, EXIT }

    private final PipelineState from;
    private final PipelineState to;
    private final Kind kind;

    Move(PipelineState from, PipelineState to, Kind kind) {
        this.from = from;
        this.to = to;
        this.kind = kind;
    }

    public PipelineState from() {
        return from;
    }

    public PipelineState to() {
        return to;
    }

    public Kind kind() {
        return kind;
    }

    /** The moves out of a state; none for the absorbing states. */
    public static List<Move> outOf(PipelineState state) {
        return Arrays.stream(values()).filter(move -> move.from == state).toList();
    }
}
