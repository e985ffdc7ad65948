package uk.nhs.talent.events.talent;

/**
 * Whom a talent pool serves: all of England, one region or one ICB. A {@link #NATIONAL} pool has no
 * region code. The constant names are the JSON values.
 */
public enum PoolScope {
    NATIONAL, REGION, ICB
}
