package uk.nhs.talent.events.talent;

/** How soon a person could take a role of a target role family. The constant names are the JSON values. */
public enum Readiness {
    READY_NOW, ONE_TO_TWO_YEARS, THREE_PLUS_YEARS
}
