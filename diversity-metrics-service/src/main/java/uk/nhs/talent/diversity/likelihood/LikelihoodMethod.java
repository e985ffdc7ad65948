package uk.nhs.talent.diversity.likelihood;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the figures beside it mean and how they were computed, stated in every report. */
@Schema(description = "How the likelihoods were computed and how to read them")
public record LikelihoodMethod(
        @Schema(example = "Katz log, 95%") String interval,
        String parity,
        String counts) {

    static final LikelihoodMethod KATZ_95 = new LikelihoodMethod("Katz log, 95%",
            "1.00 is parity: both groups equally likely to be selected; above 1.00 the first-named (reference) "
                    + "group is the more likely",
            "From the published (disclosure-controlled) tables only, never recomputed: a group's count is the sum "
                    + "of its categories' published counts, or the row's exact total less the other categories' "
                    + "when every one of those is exact; it is EXACT when every value it uses is, ROUNDED otherwise, "
                    + "SUPPRESSED when a category of it is suppressed. A ratio is shown only where every count "
                    + "behind it, and each group's number not selected (allowing for rounding), is above the "
                    + "suppression threshold. The interval treats rounded counts as exact: read it as approximate "
                    + "where a count is ROUNDED");
}
