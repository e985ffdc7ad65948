package uk.nhs.talent.events.talent;

/** An NHS Leadership Academy development programme (or OTHER). The constant names are the JSON values. */
public enum DevelopmentProgramme {
    NEXT_DIRECTOR, ASPIRING_CHIEF_EXECUTIVE, ELIZABETH_GARRETT_ANDERSON, NYE_BEVAN, MARY_SEACOLE, ROSALIND_FRANKLIN,
    OTHER
}
