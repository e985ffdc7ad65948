package uk.nhs.talent.diversity.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exact reductions must not change any LP optimum. */
class LinearSystemTest {

    private static final DisclosureRules NHS = DisclosureRules.nhsDefaults();

    @Test
    void cubeIsSplitIntoRegionLevelAndFamilyMargins() {
        CubeFixture cube = CubeFixture.realistic(7, 1);
        ProblemSize size = LinearSystem.of(cube.figures, true).size();
        assertThat(size.twoWaySplit()).isTrue();
        assertThat(size.baseCells()).isEqualTo(7 * 4 * 13 * 7);
        assertThat(size.mergedVariables()).isEqualTo(7 * 4 * 13 * 7); // no two cells share all figures
        assertThat(size.lpVariables()).isEqualTo(7 * 4 * 7 + 13 * 7);
        assertThat(size.linkConstraints()).isEqualTo(7); // one block per category
        assertThat(size.components()).isEqualTo(1);
    }

    @Test
    void singleTableIsNotSplitButMergedAndSeparatedIntoComponents() {
        // Two unrelated 2×2 tables, one published twice under different cell numbering.
        List<Figure> figures = new ArrayList<>(DisclosureControlTest.twoByTwo());
        figures.add(new Figure("other", new int[] {4, 5}));
        ProblemSize size = LinearSystem.of(figures, true).size();
        assertThat(size.twoWaySplit()).isFalse();
        assertThat(size.components()).isEqualTo(2);
        assertThat(size.mergedVariables()).isEqualTo(5); // cells 4 and 5 only appear together
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void splitGivesTheSameRangesAsTheUnreducedProgram(long seed) {
        CubeFixture cube = CubeFixture.random(3, 2, 4, 3, seed);
        List<PublishedFigure> published = new DisclosureControl(NHS).protect(cube.figures, cube.counts);
        assertSameRanges(cube.figures, randomlySuppress(published, seed), true);
    }

    @Test
    void anOddFigureThatBreaksTheProductStructureStillGivesTheSameRanges() {
        CubeFixture cube = CubeFixture.random(3, 2, 4, 3, 9);
        List<Figure> figures = new ArrayList<>(cube.figures);
        figures.add(new Figure("odd", new int[] {cube.index(0, 0, 0, 0), cube.index(1, 1, 2, 1)}));
        List<PublishedFigure> published = new DisclosureControl(NHS).protect(figures, cube.counts);
        assertThat(LinearSystem.of(figures, true).size().twoWaySplit()).isFalse();
        assertSameRanges(figures, randomlySuppress(published, 9), false);
    }

    /** Extra suppressions make ranges wider and exercise more of the program. */
    private static List<PublishedFigure> randomlySuppress(List<PublishedFigure> published, long seed) {
        Random random = new Random(seed);
        List<PublishedFigure> result = new ArrayList<>();
        for (PublishedFigure figure : published) {
            boolean suppress = figure.status() == FigureStatus.ROUNDED && random.nextInt(6) == 0;
            result.add(suppress ? PublishedFigure.suppressed(figure.id()) : figure);
        }
        return result;
    }

    private static void assertSameRanges(List<Figure> figures, List<PublishedFigure> published, boolean expectSplit) {
        LinearSystem split = SuppressionAudit.readerKnowledge(NHS, figures, published);
        LinearSystem plain = LinearSystem.of(figures, false);
        for (int j = 0; j < figures.size(); j++) {
            SuppressionAudit.setKnownInterval(plain, j, NHS, published.get(j).status(), published.get(j).value());
        }
        assertThat(split.size().twoWaySplit()).isEqualTo(expectSplit);
        int compared = 0;
        for (int j = 0; j < figures.size(); j++) {
            if (figures.get(j).baseCellCount() == 0 || published.get(j).value() != null && published.get(j).value() == 0) {
                continue;
            }
            FeasibleRange a = split.range(j, 5);
            FeasibleRange b = plain.range(j, 5);
            assertThat(a.min()).as("min of %s", a.figureId()).isCloseTo(b.min(), org.assertj.core.data.Offset.offset(1e-6));
            if (b.isUnbounded()) {
                assertThat(a.isUnbounded()).as("max of %s", a.figureId()).isTrue();
            } else {
                assertThat(a.max()).as("max of %s", a.figureId()).isCloseTo(b.max(), org.assertj.core.data.Offset.offset(1e-6));
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(20);
    }
}
