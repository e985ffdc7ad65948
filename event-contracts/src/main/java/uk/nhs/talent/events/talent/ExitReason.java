package uk.nhs.talent.events.talent;

/** Why a membership of a talent pool ended; every exit has one. The constant names are the JSON values. */
public enum ExitReason {
    APPOINTED, WITHDREW, NO_LONGER_ELIGIBLE, DECLINED, COMPLETED
}
