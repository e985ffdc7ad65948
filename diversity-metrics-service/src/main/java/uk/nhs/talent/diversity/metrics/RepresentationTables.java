package uk.nhs.talent.diversity.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import uk.nhs.talent.commons.reference.Regions;
import uk.nhs.talent.diversity.disclosure.DisclosureControl;
import uk.nhs.talent.diversity.disclosure.Figure;
import uk.nhs.talent.diversity.disclosure.FigureStatus;
import uk.nhs.talent.diversity.disclosure.PublishedFigure;
import uk.nhs.talent.diversity.metrics.Breakdown.Dimension;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/**
 * Every table of one population (a stage, a characteristic, a period) in every predefined {@link Breakdown},
 * protected together: the tables share cells (a region's row is the sum of its region × level rows), so a cell
 * suppressed in one must stay unrecoverable from all the others. Plain rules, no server.
 *
 * <p>Each table is laid over one cube of counts, region × level × role family × category, so that every figure is
 * a sum of the cube's cells and the disclosure audit sees exactly what a reader of all the tables could combine.
 */
public final class RepresentationTables {

    private static final List<Level> LEVELS = List.of(Level.values());
    private static final List<RoleFamily> FAMILIES = List.of(RoleFamily.values());
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<String> categories;

    public RepresentationTables(List<String> categories) {
        this.categories = List.copyOf(categories);
    }

    /** One row of a table: the dimensions its breakdown keeps, the others null. */
    public record Row(Breakdown breakdown, String region, Level level, RoleFamily roleFamily) {

        boolean contains(int region, int level, int family) {
            return (this.region == null || Regions.CODES.indexOf(this.region) == region)
                    && (this.level == null || this.level.ordinal() == level)
                    && (this.roleFamily == null || this.roleFamily.ordinal() == family);
        }
    }

    /**
     * Protects the tables of these counts.
     *
     * @return every figure of every breakdown, each row's categories in order and then its total
     */
    public List<TableFigure> protect(List<StageCounts.Cell> cells, DisclosureControl control) {
        long[] cube = cube(cells);
        List<Row> rows = rows();
        List<Figure> figures = figures(rows, cube);
        List<PublishedFigure> published = control.protect(figures, cube);

        List<TableFigure> table = new ArrayList<>(published.size());
        int next = 0;
        for (Row row : rows) {
            PublishedFigure total = published.get(next + categories.size());
            for (String category : categories) {
                PublishedFigure count = published.get(next++);
                table.add(new TableFigure(row, category, count, percent(count, total)));
            }
            table.add(new TableFigure(row, RepresentationFigure.TOTAL, published.get(next++), null));
        }
        return table;
    }

    /** The counts laid over the cube region × level × role family × category. */
    long[] cube(List<StageCounts.Cell> cells) {
        long[] cube = new long[Regions.CODES.size() * LEVELS.size() * FAMILIES.size() * categories.size()];
        for (StageCounts.Cell cell : cells) {
            cube[index(Regions.CODES.indexOf(cell.regionCode()), cell.level().ordinal(),
                    cell.roleFamily().ordinal(), categories.indexOf(cell.category()))] += cell.count();
        }
        return cube;
    }

    /** Every figure of every row, as sums of cube cells: each row's categories in order, then its total. */
    List<Figure> figures(List<Row> rows, long[] cube) {
        List<Figure> figures = new ArrayList<>(rows.size() * (categories.size() + 1));
        for (Row row : rows) {
            int[] total = cellsOf(row, category -> true);
            // A zero in a row with people in it says where they all are not; a zero in an empty row says nothing.
            boolean populated = sum(cube, total) > 0;
            for (int c = 0; c < categories.size(); c++) {
                int category = c;
                figures.add(Figure.category(figures.size() + "", cellsOf(row, i -> i == category), populated));
            }
            // How many reached the stage there is no characteristic, and vacancy-service and talent-service
            // publish such totals exactly: published exactly here too, and taken as known by the audit.
            figures.add(Figure.publiclyKnown(figures.size() + "", total));
        }
        return figures;
    }

    /** A figure of a table, before it is labelled with its stage, characteristic and period. */
    public record TableFigure(Row row, String category, PublishedFigure count, BigDecimal percentOfRow) {

        public FigureStatus percentStatus() {
            return RepresentationFigure.percentStatus(category, percentOfRow);
        }
    }

    /**
     * A share only where both figures behind it are published non-zero (so above the threshold), and from the
     * published values: a share of the true counts would give away the figures that rounding hides.
     */
    private static BigDecimal percent(PublishedFigure count, PublishedFigure total) {
        // A published non-zero count is above the threshold, and so then is its row's total.
        if (count.isSuppressed() || count.value() == 0 || total.isSuppressed()) {
            return null;
        }
        return BigDecimal.valueOf(count.value()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(total.value()), 1, RoundingMode.HALF_UP);
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Breakdown breakdown : Breakdown.values()) {
            List<String> regions = breakdown.keeps(Dimension.REGION) ? Regions.CODES : nulls();
            List<Level> levels = breakdown.keeps(Dimension.LEVEL) ? LEVELS : nulls();
            List<RoleFamily> families = breakdown.keeps(Dimension.ROLE_FAMILY) ? FAMILIES : nulls();
            for (String region : regions) {
                for (Level level : levels) {
                    for (RoleFamily family : families) {
                        rows.add(new Row(breakdown, region, level, family));
                    }
                }
            }
        }
        return rows;
    }

    private int[] cellsOf(Row row, IntPredicate category) {
        List<Integer> cells = new ArrayList<>();
        for (int r = 0; r < Regions.CODES.size(); r++) {
            for (int l = 0; l < LEVELS.size(); l++) {
                for (int f = 0; f < FAMILIES.size(); f++) {
                    if (row.contains(r, l, f)) {
                        for (int c = 0; c < categories.size(); c++) {
                            if (category.test(c)) {
                                cells.add(index(r, l, f, c));
                            }
                        }
                    }
                }
            }
        }
        return cells.stream().mapToInt(Integer::intValue).toArray();
    }

    private int index(int region, int level, int family, int category) {
        if (region < 0 || category < 0) {
            throw new IllegalArgumentException("A count outside the known regions or categories");
        }
        return ((region * LEVELS.size() + level) * FAMILIES.size() + family) * categories.size() + category;
    }

    private static long sum(long[] cube, int[] cells) {
        long sum = 0;
        for (int cell : cells) {
            sum += cube[cell];
        }
        return sum;
    }

    private static <T> List<T> nulls() {
        List<T> single = new ArrayList<>(1);
        single.add(null);
        return single;
    }
}
