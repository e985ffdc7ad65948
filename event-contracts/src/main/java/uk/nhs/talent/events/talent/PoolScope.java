package uk.nhs.talent.events.talent;

/** Whom a talent pool serves: all of England, one region or one ICB. The constant names are the JSON values. */
public enum PoolScope {
    NATIONAL, REGION, ICB
}
