package uk.nhs.talent.diversity.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.talent.diversity.likelihood.PublishedRowTest.exact;
import static uk.nhs.talent.diversity.likelihood.PublishedRowTest.rounded;
import static uk.nhs.talent.diversity.likelihood.PublishedRowTest.row;
import static uk.nhs.talent.diversity.likelihood.PublishedRowTest.suppressed;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.nhs.talent.diversity.disclosure.DisclosureRules;

/** WRES 2 from a published shortlisted row and a published appointed row, checked by hand. */
class PublishedComparisonTest {

    private static final List<String> WHITE = List.of("WHITE");
    private static final List<String> BME = List.of("MIXED", "ASIAN", "BLACK", "OTHER");

    @Test
    void theRatioIsComputedFromThePublishedCountsByHand() {
        // shortlisted: WHITE 100, BME 20 + 30 + 0 + 10 = 60; appointed: WHITE 40, BME 10 + 0 + 0 + 15 = 25
        PublishedRow shortlisted = row(rounded(100), rounded(20), rounded(30), exact(0), rounded(10), rounded(15),
                177);
        PublishedRow appointed = row(rounded(40), rounded(10), exact(0), exact(0), rounded(15), rounded(10), 76);

        PublishedComparison comparison = PublishedComparison.of(shortlisted, appointed, WHITE, BME, DisclosureRules.nhsDefaults());

        assertThat(comparison.referenceConsidered()).isEqualTo(rounded(100));
        assertThat(comparison.referenceSelected()).isEqualTo(rounded(40));
        assertThat(comparison.focalConsidered()).isEqualTo(rounded(60));
        assertThat(comparison.focalSelected()).isEqualTo(rounded(25));
        // RR = (40/100) / (25/60) = 0.96; SE(ln RR) = sqrt(1/40 - 1/100 + 1/25 - 1/60) = sqrt(0.038333...)
        // = 0.195789; 1.959964 * 0.195789 = 0.383739; ln 0.96 = -0.040822;
        // exp(-0.040822 - 0.383739) = exp(-0.424561) = 0.654057, exp(-0.040822 + 0.383739) = exp(0.342917) = 1.409052
        RelativeLikelihood rl = comparison.result().estimate().orElseThrow();
        assertThat(rl.ratio()).isCloseTo(0.96, within(1e-12));
        assertThat(rl.lower()).isCloseTo(0.654057, within(1e-5));
        assertThat(rl.upper()).isCloseTo(1.409052, within(1e-5));
        assertThat(rl.roundedRatio()).isEqualTo(new BigDecimal("0.96"));
        assertThat(rl.roundedLower()).isEqualTo(new BigDecimal("0.65"));
        assertThat(rl.roundedUpper()).isEqualTo(new BigDecimal("1.41"));
    }

    @Test
    void aCountThatCannotBeDerivedMakesTheRatioSuppressed() {
        PublishedRow shortlisted = row(rounded(100), rounded(20), suppressed(), exact(0), rounded(10), suppressed(),
                170);
        PublishedRow appointed = row(rounded(40), rounded(10), exact(0), exact(0), rounded(15), rounded(10), 76);

        PublishedComparison comparison = PublishedComparison.of(shortlisted, appointed, WHITE, BME, DisclosureRules.nhsDefaults());

        assertThat(comparison.focalConsidered().isSuppressed()).isTrue();
        assertThat(comparison.result()).isEqualTo(new NotComputable(NotComputableReason.SUPPRESSED));
    }

    @Test
    void tooFewNotAppointedInAGroupWithholdsTheRatio() {
        // BME: 30 shortlisted, 25 appointed: the 5 not appointed are a small group
        PublishedRow shortlisted = row(rounded(100), exact(0), rounded(30), exact(0), exact(0), rounded(10), 140);
        PublishedRow appointed = row(rounded(40), exact(0), rounded(25), exact(0), exact(0), exact(0), 65);

        assertThat(PublishedComparison.of(shortlisted, appointed, WHITE, BME, DisclosureRules.nhsDefaults()).result())
                .isEqualTo(new NotComputable(NotComputableReason.SUPPRESSED_SMALL_GROUP));
    }

    @Test
    void moreAppointedThanShortlistedByRoundingIsNoRatio() {
        // MIXED 10 shortlisted and 15 appointed as published: rounding, not a count
        PublishedRow shortlisted = row(rounded(25), rounded(10), exact(0), exact(0), exact(0), rounded(10), 44);
        PublishedRow appointed = row(rounded(10), rounded(15), exact(0), exact(0), exact(0), rounded(10), 36);

        assertThat(PublishedComparison.of(shortlisted, appointed, WHITE, BME, DisclosureRules.nhsDefaults()).result())
                .isEqualTo(new NotComputable(NotComputableReason.SUPPRESSED_SMALL_GROUP));
    }

    @Test
    void theNumberNotSelectedMustBeAboveTheThresholdWhateverTheRounding() {
        // White: 20 shortlisted, 10 appointed as published (true 18..22 and 8..12): not appointed may be 6 (<= 7)
        PublishedRow shortlisted = row(rounded(20), rounded(30), exact(0), exact(0), exact(0), rounded(10), 60);
        PublishedRow appointed = row(rounded(10), rounded(10), exact(0), exact(0), exact(0), rounded(10), 30);
        assertThat(PublishedComparison.of(shortlisted, appointed, WHITE, BME, DisclosureRules.nhsDefaults()).result())
                .isEqualTo(new NotComputable(NotComputableReason.SUPPRESSED_SMALL_GROUP));

        // 25 and 10: not appointed at least 23 - 12 = 11
        PublishedRow more = row(rounded(25), rounded(30), exact(0), exact(0), exact(0), rounded(10), 65);
        assertThat(PublishedComparison.of(more, appointed, WHITE, BME, DisclosureRules.nhsDefaults()).result())
                .isInstanceOf(RelativeLikelihood.class);
    }
}
