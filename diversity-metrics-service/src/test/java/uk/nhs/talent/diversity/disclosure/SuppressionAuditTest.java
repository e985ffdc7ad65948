package uk.nhs.talent.diversity.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;

import org.junit.jupiter.api.Test;

class SuppressionAuditTest {

    private static final DisclosureRules NHS = DisclosureRules.nhsDefaults();
    private static final List<Figure> ROW = List.of(
            new Figure("a", new int[] {0}), new Figure("b", new int[] {1}), new Figure("total", new int[] {0, 1}));

    @Test
    void roundedTotalMinusRoundedPartBoundsTheSuppressedPart() {
        // b = 9 -> 10 (8..12), total = 10 -> 10 (8..12): a in [8 - 12, 12 - 8] and a >= 1, so [1, 4].
        List<PublishedFigure> published = List.of(PublishedFigure.suppressed("a"),
                new PublishedFigure("b", 10L, FigureStatus.ROUNDED), new PublishedFigure("total", 10L, FigureStatus.ROUNDED));
        SuppressionAudit audit = new SuppressionAudit(NHS);
        List<FeasibleRange> ranges = audit.audit(ROW, published);
        assertThat(ranges).singleElement().satisfies(range -> {
            assertThat(range.min()).isCloseTo(1, offset(1e-6));
            assertThat(range.max()).isCloseTo(4, offset(1e-6));
            assertThat(audit.isProtected(range)).isFalse();
        });
        assertThat(audit.exposed(ROW, published)).hasSize(1);
    }

    @Test
    void widerRoundingIntervalsProtect() {
        // Rounding to 10 (5..14 around 10, at least 8 when published): a in [1, 14 - 8] = [1, 6].
        DisclosureRules ten = new DisclosureRules(7, 10, 5);
        List<PublishedFigure> published = List.of(PublishedFigure.suppressed("a"),
                new PublishedFigure("b", 10L, FigureStatus.ROUNDED), new PublishedFigure("total", 10L, FigureStatus.ROUNDED));
        FeasibleRange range = new SuppressionAudit(ten).audit(ROW, published).get(0);
        assertThat(range.max()).isCloseTo(6, offset(1e-6));
        assertThat(new SuppressionAudit(ten).isProtected(range)).isTrue();
    }

    @Test
    void suppressedFigureWithNothingAboveItIsUnbounded() {
        List<PublishedFigure> published = List.of(PublishedFigure.suppressed("a"),
                PublishedFigure.suppressed("b"), PublishedFigure.suppressed("total"));
        List<FeasibleRange> ranges = new SuppressionAudit(NHS).audit(ROW, published);
        assertThat(ranges).hasSize(3).allSatisfy(range -> {
            assertThat(range.isUnbounded()).isTrue();
            assertThat(new SuppressionAudit(NHS).isProtected(range)).isTrue();
        });
        assertThat(ranges.get(2).min()).isCloseTo(2, offset(1e-6)); // two parts, each at least 1
    }

    @Test
    void publishedZerosForceTheirCellsToZero() {
        List<PublishedFigure> published = List.of(PublishedFigure.suppressed("a"),
                new PublishedFigure("b", 0L, FigureStatus.EXACT), PublishedFigure.suppressed("total"));
        List<FeasibleRange> ranges = new SuppressionAudit(NHS).audit(ROW, published);
        assertThat(ranges.get(0).isUnbounded()).isTrue();
        assertThat(ranges.get(1).min()).isCloseTo(1, offset(1e-6));
    }

    @Test
    void mismatchedOrInconsistentPublicationsAreRejected() {
        SuppressionAudit audit = new SuppressionAudit(NHS);
        assertThatThrownBy(() -> audit.audit(ROW, List.of(PublishedFigure.suppressed("a"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> audit.audit(ROW, List.of(PublishedFigure.suppressed("b"),
                PublishedFigure.suppressed("a"), PublishedFigure.suppressed("total"))))
                .isInstanceOf(IllegalArgumentException.class);
        // total 10 (8..12) cannot hold b = 20 (18..22).
        assertThatThrownBy(() -> audit.audit(ROW, List.of(PublishedFigure.suppressed("a"),
                new PublishedFigure("b", 20L, FigureStatus.ROUNDED), new PublishedFigure("total", 10L, FigureStatus.ROUNDED))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublishedFigure("x", 5L, FigureStatus.SUPPRESSED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublishedFigure("x", null, FigureStatus.ROUNDED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The audit's shortcuts (minima read off shared LP points) must give the plain two-LP ranges. */
    @Test
    void auditShortcutsGiveTheSameRangesAsTwoLinearProgramsPerFigure() {
        CubeFixture cube = CubeFixture.random(4, 3, 5, 4, 5);
        List<PublishedFigure> published = new DisclosureControl(NHS).protect(cube.figures, cube.counts);
        List<FeasibleRange> ranges = new SuppressionAudit(NHS).audit(cube.figures, published);
        LinearSystem system = SuppressionAudit.readerKnowledge(NHS, cube.figures, published);
        int checked = 0;
        for (FeasibleRange range : ranges) {
            int j = cube.figures.indexOf(cube.figures.stream().filter(f -> f.id().equals(range.figureId())).findFirst().orElseThrow());
            FeasibleRange plain = system.range(j, 5);
            assertThat(range.min()).as(range.figureId()).isCloseTo(plain.min(), offset(1e-6));
            assertThat(range.isUnbounded()).isEqualTo(plain.isUnbounded());
            if (!plain.isUnbounded()) {
                assertThat(range.max()).as(range.figureId()).isCloseTo(plain.max(), offset(1e-6));
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(5);
    }
}
