package uk.nhs.talent.diversity.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.talent.diversity.likelihood.PublishedRowTest.rounded;
import static uk.nhs.talent.diversity.likelihood.PublishedRowTest.suppressed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.nhs.talent.diversity.disclosure.DisclosureRules;

import uk.nhs.talent.diversity.likelihood.AdverseImpact.GroupImpact;

/** The matching audit: assessed only where every count is above the threshold, against the highest rate. */
class AdverseImpactTest {

    @Test
    void eachAssessableCategoryAgainstTheHighestRateByHand() {
        Map<String, PublishedCount> ranked = new LinkedHashMap<>();
        Map<String, PublishedCount> topTen = new LinkedHashMap<>();
        put(ranked, topTen, "WHITE", rounded(200), rounded(100)); // 0.50
        put(ranked, topTen, "ASIAN", rounded(100), rounded(35)); // 0.35
        put(ranked, topTen, "BLACK", rounded(80), rounded(35)); // 0.4375
        put(ranked, topTen, "MIXED", suppressed(), rounded(10)); // not derivable
        put(ranked, topTen, "OTHER", rounded(40), rounded(35)); // 5 not in the top ten: a small group

        List<GroupImpact> results = AdverseImpact.assess(ranked, topTen, DisclosureRules.nhsDefaults());

        GroupImpact white = results.get(0);
        assertThat(white.impact().highestRate()).isTrue();
        assertThat(white.likelihood()).isNull();
        assertThat(white.comparedWith()).isEqualTo("WHITE");

        // ASIAN: impact ratio 0.35 / 0.5 = 0.70 < 0.8, flagged; RR = 0.5 / 0.35 = 1.428571;
        // SE = sqrt(1/100 - 1/200 + 1/35 - 1/100) = sqrt(0.023571) = 0.153530; 1.959964 * SE = 0.300913;
        // ln 1.428571 = 0.356675; exp(0.356675 - 0.300913) = exp(0.055762) = 1.057346,
        // exp(0.356675 + 0.300913) = exp(0.657588) = 1.930131: parity is outside the interval
        GroupImpact asian = results.get(1);
        assertThat(asian.status()).isEqualTo(ImpactStatus.ASSESSED);
        assertThat(asian.impact().ratio()).isCloseTo(0.70, within(1e-12));
        assertThat(asian.impact().adverseImpact()).isTrue();
        RelativeLikelihood rl = asian.likelihood().estimate().orElseThrow();
        assertThat(rl.ratio()).isCloseTo(1.428571, within(1e-6));
        assertThat(rl.lower()).isCloseTo(1.057346, within(1e-5));
        assertThat(rl.upper()).isCloseTo(1.930131, within(1e-5));
        assertThat(rl.parityWithinInterval()).isFalse();

        // BLACK: 0.4375 / 0.5 = 0.875, not flagged
        assertThat(results.get(2).impact().ratio()).isCloseTo(0.875, within(1e-12));
        assertThat(results.get(2).impact().adverseImpact()).isFalse();

        assertThat(results.get(3).status()).isEqualTo(ImpactStatus.SUPPRESSED);
        assertThat(results.get(3).impact()).isNull();
        assertThat(results.get(4).status()).isEqualTo(ImpactStatus.SUPPRESSED);
        assertThat(results.get(4).likelihood()).isNull();
    }

    @Test
    void aSmallGroupIsNeverTheHighestRate() {
        // OTHER's rate (all of its 10 in the top ten) would be the highest; a small group takes no part
        Map<String, PublishedCount> ranked = new LinkedHashMap<>();
        Map<String, PublishedCount> topTen = new LinkedHashMap<>();
        put(ranked, topTen, "WHITE", rounded(100), rounded(40));
        put(ranked, topTen, "OTHER", rounded(10), rounded(10));
        put(ranked, topTen, "ASIAN", rounded(50), rounded(15));

        List<GroupImpact> results = AdverseImpact.assess(ranked, topTen, DisclosureRules.nhsDefaults());

        assertThat(results.get(0).impact().highestRate()).isTrue();
        assertThat(results.get(1).status()).isEqualTo(ImpactStatus.SUPPRESSED);
        assertThat(results.get(2).comparedWith()).isEqualTo("WHITE");
        // 0.3 / 0.4
        assertThat(results.get(2).impact().ratio()).isCloseTo(0.75, within(1e-12));
    }

    private static void put(Map<String, PublishedCount> ranked, Map<String, PublishedCount> topTen, String category,
            PublishedCount n, PublishedCount a) {
        ranked.put(category, n);
        topTen.put(category, a);
    }
}
