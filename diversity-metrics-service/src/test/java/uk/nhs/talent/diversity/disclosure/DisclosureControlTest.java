package uk.nhs.talent.diversity.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.talent.diversity.disclosure.TableAssertions.assertHonest;
import static uk.nhs.talent.diversity.disclosure.TableAssertions.assertProtected;
import static uk.nhs.talent.diversity.disclosure.TableAssertions.byId;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DisclosureControlTest {

    private static final DisclosureRules NHS = DisclosureRules.nhsDefaults();
    /** Exact publication makes "total minus visible parts" an exact attack. */
    private static final DisclosureRules EXACT = new DisclosureRules(7, 1, 5);

    @Test
    void primarySuppressionZeroExactSmallSuppressedRestRounded() {
        long[] counts = {0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 13, 10};
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            figures.add(new Figure("cell" + i, new int[] {i}));
        }
        List<PublishedFigure> published = new DisclosureControl(NHS).protect(figures, counts);

        assertThat(published.get(0)).isEqualTo(new PublishedFigure("cell0", 0L, FigureStatus.EXACT));
        for (int i = 1; i <= 7; i++) {
            assertThat(published.get(i)).isEqualTo(PublishedFigure.suppressed("cell" + i));
        }
        assertThat(published.get(8)).isEqualTo(new PublishedFigure("cell8", 10L, FigureStatus.ROUNDED));
        assertThat(published.get(9)).isEqualTo(new PublishedFigure("cell9", 10L, FigureStatus.ROUNDED));
        assertThat(published.get(10)).isEqualTo(new PublishedFigure("cell10", 15L, FigureStatus.ROUNDED));
        // Equal to its rounding, but the reader cannot know that: still ROUNDED.
        assertThat(published.get(11)).isEqualTo(new PublishedFigure("cell11", 10L, FigureStatus.ROUNDED));
        // Unrelated figures: nothing to derive them from, so no complementary suppression.
        assertThat(TableAssertions.suppressed(published)).isEqualTo(7);
        assertProtected(NHS, figures, published);
    }

    /**
     * A row whose people are all in one category: published zeros beside it would tell the reader the category
     * of each of them. Zeros marked as disclosive are suppressed, and the audit (which then only knows a
     * suppressed figure is at least 0) must not be able to pin any of them back to zero.
     */
    @Test
    void zerosBesideOneCategoryThatHoldsEveryoneAreSuppressedAndCannotBePinned() {
        long[] counts = {10, 0, 0}; // white, black, asian: the ten people of the row are all white
        List<Figure> figures = List.of(
                Figure.category("white", new int[] {0}, true),
                Figure.category("black", new int[] {1}, true),
                Figure.category("asian", new int[] {2}, true),
                new Figure("total", new int[] {0, 1, 2}));
        List<PublishedFigure> naive = List.of(new PublishedFigure("white", 10L, FigureStatus.ROUNDED),
                new PublishedFigure("black", 0L, FigureStatus.EXACT), new PublishedFigure("asian", 0L, FigureStatus.EXACT),
                new PublishedFigure("total", 10L, FigureStatus.ROUNDED));
        assertThat(new SuppressionAudit(NHS).audit(figures, naive)).isEmpty(); // nothing suppressed, all told

        List<PublishedFigure> published = new DisclosureControl(NHS).protect(figures, counts);

        assertHonest(NHS, figures, counts, published);
        assertThat(byId(published, "black").isSuppressed()).isTrue();
        assertThat(byId(published, "asian").isSuppressed()).isTrue();
        assertProtected(NHS, figures, published);
        // With the total known to 8..12 and white's too, black + asian lie in 0..4: white must go as well.
        assertThat(byId(published, "white").isSuppressed()).isTrue();
    }

    /**
     * Readers know how many were shortlisted in a region from the vacancy figures: the total is published exactly
     * and taken as known, so total minus white pins black unless white goes too.
     */
    @Test
    void aPubliclyKnownTotalIsPublishedExactlyAndItsPartsAreProtectedAgainstIt() {
        long[] counts = {10, 3};
        List<Figure> figures = List.of(Figure.category("white", new int[] {0}, true),
                Figure.category("black", new int[] {1}, true), Figure.publiclyKnown("total", new int[] {0, 1}));

        List<PublishedFigure> published = new DisclosureControl(NHS).protect(figures, counts);

        assertThat(byId(published, "total")).isEqualTo(new PublishedFigure("total", 13L, FigureStatus.EXACT));
        assertThat(byId(published, "black").isSuppressed()).isTrue();
        assertThat(byId(published, "white").isSuppressed()).isTrue();
        assertProtected(NHS, figures, published);
    }

    @Test
    void aSmallPubliclyKnownTotalIsNeverSuppressed() {
        long[] counts = {2, 1};
        List<Figure> figures = List.of(Figure.category("white", new int[] {0}, true),
                Figure.category("black", new int[] {1}, true), Figure.publiclyKnown("total", new int[] {0, 1}));
        List<PublishedFigure> published = new DisclosureControl(NHS).protect(figures, counts);
        assertThat(byId(published, "total")).isEqualTo(new PublishedFigure("total", 3L, FigureStatus.EXACT));
        assertProtected(NHS, figures, published);
    }

    @Test
    void aZeroThatDisclosesNothingIsStillPublished() {
        long[] counts = {0, 0};
        List<Figure> figures = List.of(new Figure("white", new int[] {0}), new Figure("total", new int[] {0, 1}));
        assertThat(new DisclosureControl(NHS).protect(figures, counts)).containsExactly(
                new PublishedFigure("white", 0L, FigureStatus.EXACT), new PublishedFigure("total", 0L, FigureStatus.EXACT));
    }

    /**
     * 2×2 table with row, column and grand totals, published exactly. Suppressing only the small cell
     * leaks it (row total minus the other cell); protect() must add complementary suppressions.
     */
    @Test
    void classicTwoByTwoNeedsComplementarySuppression() {
        long[] counts = {3, 20, 30, 40}; // a b / c d
        List<Figure> figures = twoByTwo();
        List<PublishedFigure> naive = new ArrayList<>();
        for (Figure figure : figures) {
            long truth = figure.sum(counts);
            naive.add(EXACT.isPrimarySuppressed(truth) ? PublishedFigure.suppressed(figure.id())
                    : new PublishedFigure(figure.id(), truth, FigureStatus.EXACT));
        }
        List<FeasibleRange> leak = new SuppressionAudit(EXACT).audit(figures, naive);
        assertThat(leak).singleElement().satisfies(r -> {
            assertThat(r.figureId()).isEqualTo("a");
            assertThat(r.min()).isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(r.max()).isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-6));
        });

        List<PublishedFigure> published = new DisclosureControl(EXACT).protect(figures, counts);

        assertHonest(EXACT, figures, counts, published);
        assertThat(TableAssertions.suppressed(published)).isGreaterThan(1);
        assertProtected(EXACT, figures, published);
        // The cheapest protection is the rectangle of the four inner cells; the totals stay published.
        assertThat(published.stream().filter(PublishedFigure::isSuppressed).map(PublishedFigure::id))
                .containsExactly("a", "b", "c", "d");
    }

    @Test
    void classicTwoByTwoWithRounding() {
        long[] counts = {2, 9, 30, 41};
        List<Figure> figures = twoByTwo();
        List<PublishedFigure> published = new DisclosureControl(NHS).protect(figures, counts);
        assertHonest(NHS, figures, counts, published);
        assertThat(byId(published, "a").isSuppressed()).isTrue();
        assertThat(TableAssertions.suppressed(published)).isGreaterThan(1);
        assertProtected(NHS, figures, published);
    }

    /**
     * Region table and region×level table of the same population, categories A and B. Each table
     * protected on its own is safe, but the region table's A column minus the other level's A cell
     * gives away the small cell. Protecting both together must not leak.
     */
    @Test
    void linkedTablesAreProtectedTogether() {
        // Base cells (region, level, category) index = (r * 2 + l) * 2 + c
        long[] counts = new long[8];
        counts[cell(0, 0, 0)] = 1;  // the small cell
        counts[cell(0, 0, 1)] = 40;
        counts[cell(0, 1, 0)] = 8;
        counts[cell(0, 1, 1)] = 50;
        counts[cell(1, 0, 0)] = 30;
        counts[cell(1, 0, 1)] = 35;
        counts[cell(1, 1, 0)] = 45;
        counts[cell(1, 1, 1)] = 55;
        List<Figure> regionLevel = new ArrayList<>();
        List<Figure> region = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            for (int l = 0; l < 2; l++) {
                regionLevel.add(new Figure("r" + r + "l" + l + "/A", new int[] {cell(r, l, 0)}));
                regionLevel.add(new Figure("r" + r + "l" + l + "/B", new int[] {cell(r, l, 1)}));
                regionLevel.add(new Figure("r" + r + "l" + l + "/total", new int[] {cell(r, l, 0), cell(r, l, 1)}));
            }
            region.add(new Figure("r" + r + "/A", new int[] {cell(r, 0, 0), cell(r, 1, 0)}));
            region.add(new Figure("r" + r + "/B", new int[] {cell(r, 0, 1), cell(r, 1, 1)}));
            region.add(new Figure("r" + r + "/total",
                    new int[] {cell(r, 0, 0), cell(r, 0, 1), cell(r, 1, 0), cell(r, 1, 1)}));
        }
        DisclosureControl control = new DisclosureControl(NHS);
        List<PublishedFigure> aloneRegionLevel = control.protect(regionLevel, counts);
        List<PublishedFigure> aloneRegion = control.protect(region, counts);
        assertProtected(NHS, regionLevel, aloneRegionLevel);
        assertProtected(NHS, region, aloneRegion);

        List<Figure> both = new ArrayList<>(regionLevel);
        both.addAll(region);
        List<PublishedFigure> separately = new ArrayList<>(aloneRegionLevel);
        separately.addAll(aloneRegion);
        List<FeasibleRange> exposed = new SuppressionAudit(NHS).exposed(both, separately);
        assertThat(exposed).extracting(FeasibleRange::figureId).contains("r0l0/A");

        List<PublishedFigure> together = control.protect(both, counts);
        assertHonest(NHS, both, counts, together);
        assertThat(byId(together, "r0l0/A").isSuppressed()).isTrue();
        assertProtected(NHS, both, together);
        assertThat(new SuppressionAudit(NHS).exposed(both, together)).isEmpty();
    }

    @Test
    void sameInputSameOutput() {
        CubeFixture cube = CubeFixture.random(3, 2, 4, 3, 42);
        List<PublishedFigure> first = new DisclosureControl(NHS).protect(cube.figures, cube.counts);
        List<PublishedFigure> second = new DisclosureControl(NHS).protect(cube.figures, cube.counts.clone());
        assertThat(second).isEqualTo(first);
        assertThat(TableAssertions.suppressed(first)).isPositive();
    }

    @Test
    void everythingNonZeroSuppressedIsStillAValidAnswer() {
        // A single row whose every part is small: suppressing everything non-zero is protected.
        long[] counts = {1, 2, 0};
        List<Figure> figures = List.of(new Figure("x", new int[] {0}), new Figure("y", new int[] {1}),
                new Figure("z", new int[] {2}), new Figure("total", new int[] {0, 1, 2}));
        List<PublishedFigure> published = new DisclosureControl(NHS).protect(figures, counts);
        assertThat(published).extracting(PublishedFigure::status).containsExactly(
                FigureStatus.SUPPRESSED, FigureStatus.SUPPRESSED, FigureStatus.EXACT, FigureStatus.SUPPRESSED);
        assertProtected(NHS, figures, published);
    }

    @Test
    void invalidInputIsRejected() {
        DisclosureControl control = new DisclosureControl(NHS);
        List<Figure> figures = List.of(new Figure("x", new int[] {0, 1}));
        assertThatThrownBy(() -> control.protect(figures, new long[] {1, -1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> control.protect(figures, new long[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> control.protect(List.of(figures.get(0), figures.get(0)), new long[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Figure("dup", new int[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Figure("neg", new int[] {-1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void figureIsDefensivelyCopied() {
        int[] cells = {2, 0};
        Figure figure = new Figure("f", cells);
        cells[0] = 99;
        figure.baseCells()[0] = 98;
        assertThat(figure.baseCells()).containsExactly(0, 2);
        assertThat(figure).isEqualTo(new Figure("f", new int[] {0, 2}));
    }

    static List<Figure> twoByTwo() {
        return List.of(
                new Figure("a", new int[] {0}), new Figure("b", new int[] {1}),
                new Figure("c", new int[] {2}), new Figure("d", new int[] {3}),
                new Figure("row1", new int[] {0, 1}), new Figure("row2", new int[] {2, 3}),
                new Figure("col1", new int[] {0, 2}), new Figure("col2", new int[] {1, 3}),
                new Figure("total", new int[] {0, 1, 2, 3}));
    }

    private static int cell(int r, int l, int c) {
        return (r * 2 + l) * 2 + c;
    }
}
