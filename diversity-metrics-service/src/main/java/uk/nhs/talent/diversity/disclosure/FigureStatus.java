package uk.nhs.talent.diversity.disclosure;

/** How a figure is published. */
public enum FigureStatus {
    /** Published as the true count: zeros (never disclosive here), and every count when rounding to 1. */
    EXACT,
    /** Published rounded; the reader only knows an interval, even when the rounded value equals the count. */
    ROUNDED,
    /** Not published; the reader only knows it is at least 1 (zeros are always published). */
    SUPPRESSED
}
