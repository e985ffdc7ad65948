package uk.nhs.talent.diversity.declarations;

/** RUNNING while its chunks are stored, then COMPLETED, or FAILED if one could not be (the rest is not stored). */
public enum DeclarationImportStatus {
    RUNNING, COMPLETED, FAILED
}
