package uk.nhs.talent.talent.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.talent.talent.support.Refusals.assertInvalidField;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NineBoxPlacementTest {

    @ParameterizedTest
    @CsvSource({
            // cell = (potential - 1) * 3 + performance
            "1, 1, 1, Talent risk", "2, 1, 2, Average performer", "3, 1, 3, Solid performer",
            "1, 2, 4, Inconsistent player", "2, 2, 5, Core player", "3, 2, 6, High performer",
            "1, 3, 7, Potential gem", "2, 3, 8, High potential", "3, 3, 9, Star" })
    void everyBoxHasItsCellAndLabel(int performance, int potential, int cell, String label) {
        NineBoxPlacement placement = new NineBoxPlacement(performance, potential);
        assertThat(placement.cell()).isEqualTo(cell);
        assertThat(placement.label()).isEqualTo(label);
        assertThat(NineBoxPlacement.ofCell(cell)).isEqualTo(placement);
    }

    @Test
    void theAxesAreNotInterchangeable() {
        // High performance, low potential (3) is not low performance, high potential (7).
        assertThat(new NineBoxPlacement(3, 1).cell()).isEqualTo(3);
        assertThat(new NineBoxPlacement(1, 3).cell()).isEqualTo(7);
    }

    @Test
    void theNineCellsAreDistinct() {
        Set<Integer> cells = new HashSet<>();
        for (int performance = 1; performance <= 3; performance++) {
            for (int potential = 1; potential <= 3; potential++) {
                cells.add(new NineBoxPlacement(performance, potential).cell());
            }
        }
        assertThat(cells).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 4, -1, 10 })
    void aPerformanceOutsideOneToThreeIsRefused(int performance) {
        assertThat(assertInvalidField(() -> new NineBoxPlacement(performance, 2), "performance").detail())
                .isEqualTo("performance: must be 1, 2 or 3");
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 4 })
    void aPotentialOutsideOneToThreeIsRefused(int potential) {
        assertThat(assertInvalidField(() -> new NineBoxPlacement(2, potential), "potential").detail())
                .isEqualTo("potential: must be 1, 2 or 3");
    }

    @Test
    void performanceIsCheckedFirstWhenBothAreWrong() {
        assertInvalidField(() -> new NineBoxPlacement(0, 0), "performance");
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 10 })
    void aStoredCellOutsideOneToNineIsRefused(int cell) {
        assertInvalidField(() -> NineBoxPlacement.ofCell(cell), "cell");
    }
}
