package uk.nhs.talent.diversity.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class GroupOutcomeTest {

    @Test
    void rateIsSelectedOverConsidered() {
        assertThat(GroupOutcome.of(300, 60).rate()).isEqualTo(0.2);
        assertThat(GroupOutcome.of(7, 0).rate()).isZero();
        assertThat(GroupOutcome.of(7, 7).rate()).isEqualTo(1.0);
    }

    @Test
    void emptyGroupHasNoRateRatherThanNaN() {
        GroupOutcome empty = GroupOutcome.of(0, 0);
        assertThat(empty.empty()).isTrue();
        assertThatIllegalStateException().isThrownBy(empty::rate);
    }

    @Test
    void rejectsInvalidCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> GroupOutcome.of(-1, 0)).withMessageContaining("considered");
        assertThatIllegalArgumentException().isThrownBy(() -> GroupOutcome.of(10, -1)).withMessageContaining("selected");
        assertThatIllegalArgumentException().isThrownBy(() -> GroupOutcome.of(10, 11)).withMessageContaining("must not exceed");
        assertThatIllegalArgumentException().isThrownBy(() -> GroupOutcome.of(0, 1));
    }
}
