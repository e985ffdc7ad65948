package uk.nhs.talent.diversity.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.talent.diversity.disclosure.TableAssertions.assertProtected;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Independent of any LP: enumerate every integer 2×3 table (with row, column and grand totals)
 * consistent with what protect() published, and check that each suppressed figure really takes
 * values spanning the protection width.
 */
class BruteForceTest {

    private static final int ROWS = 2;
    private static final int COLS = 3;
    /** Search bound for a cell; the tables are small, so a reachable spread shows well below it. */
    private static final int CAP = 60;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void everySuppressedFigureTakesValuesSpanningTheWidth(long seed) {
        Random random = new Random(seed);
        long[] counts = new long[ROWS * COLS];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = random.nextInt(4) == 0 ? random.nextInt(8) : random.nextInt(25);
        }
        DisclosureRules rules = seed % 2 == 0 ? DisclosureRules.nhsDefaults() : new DisclosureRules(7, 1, 5);
        List<Figure> figures = figures();
        List<PublishedFigure> published = new DisclosureControl(rules).protect(figures, counts);
        assertProtected(rules, figures, published);

        long[][] known = new long[figures.size()][];
        for (int j = 0; j < figures.size(); j++) {
            PublishedFigure figure = published.get(j);
            switch (figure.status()) {
                case EXACT:
                    known[j] = new long[] {figure.value(), figure.value()};
                    break;
                case ROUNDED:
                    known[j] = new long[] {rules.roundedLowerBound(figure.value()), rules.roundedUpperBound(figure.value())};
                    break;
                default:
                    known[j] = new long[] {1, Long.MAX_VALUE};
            }
        }
        // All rows consistent with their own cells and row total, then pairs of rows checked against
        // the column and grand totals.
        List<List<long[]>> rowSolutions = new ArrayList<>();
        for (int r = 0; r < ROWS; r++) {
            List<long[]> solutions = new ArrayList<>();
            int base = r * COLS;
            for (long a = 0; a <= CAP; a++) {
                if (!within(known[base], a)) {
                    continue;
                }
                for (long b = 0; b <= CAP; b++) {
                    if (!within(known[base + 1], b)) {
                        continue;
                    }
                    for (long c = 0; c <= CAP; c++) {
                        if (within(known[base + 2], c) && within(known[rowTotal(r)], a + b + c)) {
                            solutions.add(new long[] {a, b, c});
                        }
                    }
                }
            }
            rowSolutions.add(solutions);
        }
        long[] min = new long[figures.size()];
        long[] max = new long[figures.size()];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        java.util.Arrays.fill(max, Long.MIN_VALUE);
        boolean truthFound = false;
        long[] table = new long[ROWS * COLS];
        for (long[] first : rowSolutions.get(0)) {
            for (long[] second : rowSolutions.get(1)) {
                System.arraycopy(first, 0, table, 0, COLS);
                System.arraycopy(second, 0, table, COLS, COLS);
                boolean consistent = true;
                for (int j = ROWS * COLS + ROWS; j < figures.size() && consistent; j++) {
                    consistent = within(known[j], figures.get(j).sum(table));
                }
                if (!consistent) {
                    continue;
                }
                truthFound |= java.util.Arrays.equals(table, counts);
                for (int j = 0; j < figures.size(); j++) {
                    long v = figures.get(j).sum(table);
                    min[j] = Math.min(min[j], v);
                    max[j] = Math.max(max[j], v);
                }
            }
        }
        assertThat(truthFound).as("the true table is among the solutions").isTrue();
        for (int j = 0; j < figures.size(); j++) {
            if (published.get(j).isSuppressed()) {
                assertThat(max[j] - min[j]).as("integer spread of %s (seed %d, %s)", figures.get(j).id(), seed, published)
                        .isGreaterThanOrEqualTo(rules.protectionWidth());
            }
        }
    }

    private static boolean within(long[] interval, long value) {
        return value >= interval[0] && value <= interval[1];
    }

    private static int rowTotal(int r) {
        return ROWS * COLS + r;
    }

    /** Cells first (row major), then row totals, column totals and the grand total. */
    private static List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                figures.add(new Figure("cell" + r + c, new int[] {r * COLS + c}));
            }
        }
        for (int r = 0; r < ROWS; r++) {
            int[] cells = new int[COLS];
            for (int c = 0; c < COLS; c++) {
                cells[c] = r * COLS + c;
            }
            figures.add(new Figure("row" + r, cells));
        }
        for (int c = 0; c < COLS; c++) {
            int[] cells = new int[ROWS];
            for (int r = 0; r < ROWS; r++) {
                cells[r] = r * COLS + c;
            }
            figures.add(new Figure("col" + c, cells));
        }
        int[] all = new int[ROWS * COLS];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        figures.add(new Figure("total", all));
        return figures;
    }
}
