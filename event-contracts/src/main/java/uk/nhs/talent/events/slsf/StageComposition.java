package uk.nhs.talent.events.slsf;

import java.math.BigDecimal;

/**
 * A published, disclosure-controlled figure of a pipeline stage's composition, England-wide, as
 * diversity-metrics-service published it: never recomputed, never narrowed.
 *
 * @param stage         IN_POOL, READY_NOW, SHORTLISTED, APPOINTED or ON_BOARD
 * @param characteristic a protected characteristic, e.g. ETHNICITY
 * @param category      a category of it, or TOTAL
 * @param count         people, rounded as published; null when suppressed
 * @param countStatus   EXACT, ROUNDED or SUPPRESSED
 * @param percent       share of the stage in per cent, one decimal; null when not published
 * @param percentStatus ROUNDED or SUPPRESSED; null on a TOTAL
 */
public record StageComposition(
        String stage,
        String characteristic,
        String category,
        Long count,
        String countStatus,
        BigDecimal percent,
        String percentStatus) {

    public StageComposition {
        percent = Decimals.scaled(percent, 1);
    }
}
