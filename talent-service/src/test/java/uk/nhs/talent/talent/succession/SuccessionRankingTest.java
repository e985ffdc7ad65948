package uk.nhs.talent.talent.succession;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.nhs.talent.events.talent.Readiness;

class SuccessionRankingTest {

    @Test
    void readierFirstThenMoreRecentlyAssessedThenByReference() {
        NominatedSuccessor later = new NominatedSuccessor("p-a", Readiness.THREE_PLUS_YEARS, LocalDate.of(2026, 10, 1));
        NominatedSuccessor soon = new NominatedSuccessor("p-b", Readiness.ONE_TO_TWO_YEARS, LocalDate.of(2026, 10, 1));
        NominatedSuccessor readyOld = new NominatedSuccessor("p-c", Readiness.READY_NOW, LocalDate.of(2025, 1, 1));
        NominatedSuccessor readyNew = new NominatedSuccessor("p-d", Readiness.READY_NOW, LocalDate.of(2026, 9, 1));
        NominatedSuccessor readyNewToo = new NominatedSuccessor("p-0", Readiness.READY_NOW, LocalDate.of(2026, 9, 1));
        assertThat(SuccessionRanking.rank(List.of(later, soon, readyOld, readyNew, readyNewToo)))
                .containsExactly(readyNewToo, readyNew, readyOld, soon, later);
    }
}
