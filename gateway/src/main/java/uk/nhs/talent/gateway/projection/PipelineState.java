package uk.nhs.talent.gateway.projection;

import uk.nhs.talent.events.talent.Readiness;

/**
 * Where a person of the senior pipeline stands at the end of a projected year. The three pool states are the
 * readiness of a talent-pool member; {@link #APPOINTED} and {@link #EXITED} absorb: whoever reaches them leaves the
 * pool for good as far as the projection goes, so their stock is a running total.
 */
public enum PipelineState {
    THREE_PLUS_YEARS, ONE_TO_TWO_YEARS, READY_NOW, APPOINTED, EXITED;

    /** The number of pool states; they are the first constants, so an ordinal below this is a pool state. */
    public static final int POOL_STATES = 3;

    /** Whether the state is one of the pool's readiness states (the transient states of the chain). */
    public boolean isPool() {
        return ordinal() < POOL_STATES;
    }

    /** Whether new people join the pool in this state: 3+ years or, with some experience, 1–2 years. */
    public boolean isEntry() {
        return this == THREE_PLUS_YEARS || this == ONE_TO_TWO_YEARS;
    }

    /** The pool state of a talent profile's readiness. */
    public static PipelineState of(Readiness readiness) {
        return switch (readiness) {
            case THREE_PLUS_YEARS -> THREE_PLUS_YEARS;
            case ONE_TO_TWO_YEARS -> ONE_TO_TWO_YEARS;
            case READY_NOW -> READY_NOW;
        };
    }
}
