package uk.nhs.talent.events.talent;

/** Where a person's membership of a talent pool is. The constant names are the JSON values. */
public enum MembershipStatus {
    NOMINATED, ACCEPTED, ACTIVE, EXITED
}
