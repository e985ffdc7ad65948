package uk.nhs.talent.talent.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.talent.talent.support.Refusals.assertInvalidField;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.nhs.talent.events.vacancy.Level;

class LevelStepsTest {

    @ParameterizedTest
    @CsvSource({ "AFC_8C, 1", "AFC_8D, 2", "AFC_9, 3", "VSM, 4" })
    void seniorityRunsFromBand8cToVsm(Level level, int rank) {
        assertThat(LevelSteps.rank(level)).isEqualTo(rank);
    }

    @ParameterizedTest
    @CsvSource({
            "AFC_9, VSM, 1", // the brief's example: one step up
            "AFC_8C, VSM, 3", "AFC_8D, AFC_9, 1", "AFC_8C, AFC_9, 2",
            "VSM, AFC_9, -1", "AFC_9, AFC_8C, -2", "AFC_8D, AFC_8D, 0" })
    void aStepIsTheDifferenceInSeniority(Level from, Level to, int step) {
        assertThat(LevelSteps.step(from, to)).isEqualTo(step);
    }

    @Test
    void seniorityIsNotTheDeclarationOrder() {
        // VSM is declared first (ordinal 0) yet is the most senior: ordinals would rank it below AFC_8C.
        assertThat(Level.VSM.compareTo(Level.AFC_8C)).isNegative();
        assertThat(LevelSteps.step(Level.AFC_8C, Level.VSM)).isPositive();
    }

    @Test
    void aMissingLevelIsRefused() {
        assertInvalidField(() -> LevelSteps.rank(null), "level");
        assertInvalidField(() -> LevelSteps.step(Level.VSM, null), "level");
    }
}
