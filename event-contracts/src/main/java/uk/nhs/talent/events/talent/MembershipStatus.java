package uk.nhs.talent.events.talent;

/**
 * Where a person's membership of a talent pool is. Only {@link #EXITED} carries an {@link ExitReason}.
 * The constant names are the JSON values.
 */
public enum MembershipStatus {
    NOMINATED, ACCEPTED, ACTIVE, EXITED
}
