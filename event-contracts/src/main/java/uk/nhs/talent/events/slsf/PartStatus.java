package uk.nhs.talent.events.slsf;

/** Whether a part of a report or snapshot is in it. The constant names are the JSON values. */
public enum PartStatus {
    /** The service answered in time; its figures are in. */
    COMPLETE,
    /** The service did not answer in time or refused; its figures are null, never guessed. */
    MISSING
}
