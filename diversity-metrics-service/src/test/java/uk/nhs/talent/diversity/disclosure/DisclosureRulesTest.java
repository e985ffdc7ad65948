package uk.nhs.talent.diversity.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisclosureRulesTest {

    @Test
    void nhsDefaultsSuppressUpToSevenRoundToFiveProtectFive() {
        DisclosureRules rules = DisclosureRules.nhsDefaults();
        assertThat(rules.suppressUpTo()).isEqualTo(7);
        assertThat(rules.roundTo()).isEqualTo(5);
        assertThat(rules.protectionWidth()).isEqualTo(5);
    }

    @ParameterizedTest
    @CsvSource({"-1,5,5", "7,0,5", "7,-5,5", "7,5,0", "7,5,-1"})
    void invalidRulesAreRejected(int suppressUpTo, int roundTo, int width) {
        assertThatThrownBy(() -> new DisclosureRules(suppressUpTo, roundTo, width))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundingToOneIsExact() {
        DisclosureRules rules = new DisclosureRules(0, 1, 1);
        for (long c = 0; c < 50; c++) {
            assertThat(rules.rounded(c)).isEqualTo(c);
            if (c > 0) {
                assertThat(rules.roundedLowerBound(c)).isEqualTo(c);
                assertThat(rules.roundedUpperBound(c)).isEqualTo(c);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"5,0,0", "5,2,0", "5,3,5", "5,7,5", "5,8,10", "5,12,10", "5,13,15",
                "10,4,0", "10,5,10", "10,14,10", "10,15,20", "10,95,100", "3,1,0", "3,2,3"})
    void roundsHalfUp(int roundTo, long count, long expected) {
        assertThat(new DisclosureRules(0, roundTo, 1).rounded(count)).isEqualTo(expected);
    }

    @Test
    void publishedIntervalsForFiveAndTen() {
        DisclosureRules five = DisclosureRules.nhsDefaults();
        assertThat(five.roundedLowerBound(10)).isEqualTo(8);
        assertThat(five.roundedUpperBound(10)).isEqualTo(12);
        assertThat(five.roundedLowerBound(20)).isEqualTo(18);
        DisclosureRules ten = new DisclosureRules(7, 10, 5);
        // Half up: 5..14 round to 10; counts up to 7 are never published, so 8..14.
        assertThat(ten.roundedLowerBound(10)).isEqualTo(8);
        assertThat(ten.roundedUpperBound(10)).isEqualTo(14);
        assertThat(ten.roundedLowerBound(20)).isEqualTo(15);
        assertThat(ten.roundedUpperBound(20)).isEqualTo(24);
    }

    /** The interval must be exactly the set of publishable counts that round to the value. */
    @ParameterizedTest
    @CsvSource({"0,1", "0,2", "0,5", "7,5", "0,10", "7,10", "3,3", "7,4", "2,7"})
    void intervalIsExactlyThePreimageOfRounding(int suppressUpTo, int roundTo) {
        DisclosureRules rules = new DisclosureRules(suppressUpTo, roundTo, 1);
        TreeMap<Long, long[]> preimage = new TreeMap<>(); // rounded value -> {min count, max count}
        for (long c = suppressUpTo + 1L; c <= 400; c++) {
            if (c == 0) {
                continue;
            }
            long r = rules.rounded(c);
            preimage.merge(r, new long[] {c, c}, (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        preimage.remove(preimage.lastKey()); // the last value's preimage is cut off at 400
        preimage.forEach((r, range) -> {
            assertThat(rules.roundedLowerBound(r)).as("lower bound of %d", r).isEqualTo(range[0]);
            assertThat(rules.roundedUpperBound(r)).as("upper bound of %d", r).isEqualTo(range[1]);
        });
        assertThat(preimage).isNotEmpty();
    }

    @Test
    void primaryRange() {
        DisclosureRules rules = DisclosureRules.nhsDefaults();
        assertThat(rules.isPrimarySuppressed(0)).isFalse();
        for (long c = 1; c <= 7; c++) {
            assertThat(rules.isPrimarySuppressed(c)).isTrue();
        }
        assertThat(rules.isPrimarySuppressed(8)).isFalse();
    }

    @Test
    void negativeCountsAreRejected() {
        assertThatThrownBy(() -> DisclosureRules.nhsDefaults().rounded(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
