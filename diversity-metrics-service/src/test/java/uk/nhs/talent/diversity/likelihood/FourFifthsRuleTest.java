package uk.nhs.talent.diversity.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FourFifthsRuleTest {

    private static Map<String, GroupOutcome> groups(Object... nameConsideredSelected) {
        Map<String, GroupOutcome> map = new LinkedHashMap<>();
        for (int i = 0; i < nameConsideredSelected.length; i += 3) {
            map.put((String) nameConsideredSelected[i],
                    GroupOutcome.of((Integer) nameConsideredSelected[i + 1], (Integer) nameConsideredSelected[i + 2]));
        }
        return map;
    }

    @Test
    void flagsGroupsBelowFourFifthsOfTheHighestRate() {
        // rates: A 50/100 = 0.5, B 90/200 = 0.45, C 15/50 = 0.3
        // impact ratios: 0.5/0.5 = 1.0, 0.45/0.5 = 0.9, 0.3/0.5 = 0.6 -> only C is below 0.8
        Map<String, ImpactRatio> result = FourFifthsRule.assess(groups("A", 100, 50, "B", 200, 90, "C", 50, 15));

        assertThat(result).containsOnlyKeys("A", "B", "C");
        assertThat(result.keySet()).containsExactly("A", "B", "C");

        ImpactRatio a = result.get("A");
        assertThat(a.status()).isEqualTo(ImpactStatus.ASSESSED);
        assertThat(a.ratio()).isEqualTo(1.0);
        assertThat(a.highestRate()).isTrue();
        assertThat(a.adverseImpact()).isFalse();

        ImpactRatio b = result.get("B");
        assertThat(b.ratio()).isCloseTo(0.9, within(1e-12));
        assertThat(b.highestRate()).isFalse();
        assertThat(b.adverseImpact()).isFalse();

        ImpactRatio c = result.get("C");
        assertThat(c.ratio()).isCloseTo(0.6, within(1e-12));
        assertThat(c.adverseImpact()).isTrue();

        assertThat(a.roundedRatio()).isEqualTo(new BigDecimal("1.00"));
        assertThat(b.roundedRatio()).isEqualTo(new BigDecimal("0.90"));
        assertThat(c.roundedRatio()).isEqualTo(new BigDecimal("0.60"));
        assertThat(c.outcome()).isEqualTo(GroupOutcome.of(50, 15));
    }

    @Test
    void exactlyFourFifthsIsNotFlaggedEvenWhereNaiveDoublesWouldBe() {
        // 0.6 / 0.75 evaluates to 0.7999999999999999 with doubles, but 60/100 is exactly 4/5 of 75/100
        assertThat((60 / 100.0) / (75 / 100.0)).isLessThan(0.8);

        Map<String, ImpactRatio> result = FourFifthsRule.assess(groups("high", 100, 75, "low", 100, 60));

        assertThat(result.get("low").adverseImpact()).isFalse();
        assertThat(result.get("low").ratio()).isCloseTo(0.8, within(1e-15));
        assertThat(FourFifthsRule.assess(groups("high", 100, 75, "low", 100, 59)).get("low").adverseImpact()).isTrue();
    }

    @Test
    void tiedHighestGroupsAreBothMarked() {
        Map<String, ImpactRatio> result = FourFifthsRule.assess(groups("X", 10, 5, "Y", 40, 20, "Z", 10, 1));

        assertThat(result.get("X").highestRate()).isTrue();
        assertThat(result.get("Y").highestRate()).isTrue();
        assertThat(result.get("X").ratio()).isEqualTo(1.0);
        assertThat(result.get("Y").ratio()).isEqualTo(1.0);
        assertThat(result.get("Z").ratio()).isCloseTo(0.2, within(1e-12));
        assertThat(result.get("Z").adverseImpact()).isTrue();
    }

    @Test
    void groupWithNoSelectionsHasImpactRatioZero() {
        Map<String, ImpactRatio> result = FourFifthsRule.assess(groups("A", 10, 5, "B", 10, 0));

        assertThat(result.get("B").ratio()).isZero();
        assertThat(result.get("B").adverseImpact()).isTrue();
    }

    @Test
    void emptyGroupIsReportedAndIgnoredForTheHighestRate() {
        Map<String, ImpactRatio> result = FourFifthsRule.assess(groups("A", 10, 4, "empty", 0, 0, "B", 10, 2));

        ImpactRatio empty = result.get("empty");
        assertThat(empty.status()).isEqualTo(ImpactStatus.EMPTY_GROUP);
        assertThat(empty.ratio()).isNull();
        assertThat(empty.roundedRatio()).isNull();
        assertThat(empty.adverseImpact()).isFalse();
        assertThat(empty.highestRate()).isFalse();
        assertThat(result.get("A").highestRate()).isTrue();
        assertThat(result.get("B").ratio()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void noSelectionsAnywhereMeansNothingToCompareWith() {
        Map<String, ImpactRatio> result = FourFifthsRule.assess(groups("A", 10, 0, "B", 20, 0, "empty", 0, 0));

        assertThat(result.get("A").status()).isEqualTo(ImpactStatus.NO_SELECTIONS_IN_ANY_GROUP);
        assertThat(result.get("B").status()).isEqualTo(ImpactStatus.NO_SELECTIONS_IN_ANY_GROUP);
        assertThat(result.get("A").ratio()).isNull();
        assertThat(result.get("empty").status()).isEqualTo(ImpactStatus.EMPTY_GROUP);
    }

    @Test
    void singleGroupAndNoGroups() {
        assertThat(FourFifthsRule.assess(Map.of())).isEmpty();
        ImpactRatio only = FourFifthsRule.assess(Map.of("only", GroupOutcome.of(10, 3))).get("only");
        assertThat(only.ratio()).isEqualTo(1.0);
        assertThat(only.adverseImpact()).isFalse();
    }

    @Test
    void resultIsUnmodifiable() {
        Map<String, ImpactRatio> result = FourFifthsRule.assess(groups("A", 10, 5));
        assertThatThrownBy(() -> result.put("B", result.get("A"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> FourFifthsRule.assess(null));
        Map<String, GroupOutcome> nullValue = new HashMap<>();
        nullValue.put("A", null);
        assertThatNullPointerException().isThrownBy(() -> FourFifthsRule.assess(nullValue));
        Map<String, GroupOutcome> nullKey = new HashMap<>();
        nullKey.put(null, GroupOutcome.of(1, 1));
        assertThatNullPointerException().isThrownBy(() -> FourFifthsRule.assess(nullKey));
    }

    @Test
    void impactRatioRecordRejectsInconsistentState() {
        GroupOutcome g = GroupOutcome.of(10, 5);
        assertThatIllegalArgumentException().isThrownBy(() -> new ImpactRatio(g, ImpactStatus.ASSESSED, null, false, false));
        assertThatIllegalArgumentException().isThrownBy(() -> new ImpactRatio(g, ImpactStatus.ASSESSED, Double.NaN, false, false));
        assertThatIllegalArgumentException().isThrownBy(() -> new ImpactRatio(g, ImpactStatus.ASSESSED, 1.5, true, false));
        assertThatIllegalArgumentException().isThrownBy(() -> new ImpactRatio(g, ImpactStatus.EMPTY_GROUP, 0.5, false, false));
        assertThatIllegalArgumentException().isThrownBy(() -> new ImpactRatio(g, ImpactStatus.EMPTY_GROUP, null, false, true));
    }
}
