package uk.nhs.talent.diversity.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.nhs.talent.commons.reference.Regions;
import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.diversity.disclosure.DisclosureControl;
import uk.nhs.talent.diversity.disclosure.DisclosureRules;
import uk.nhs.talent.diversity.disclosure.FeasibleRange;
import uk.nhs.talent.diversity.disclosure.FigureStatus;
import uk.nhs.talent.diversity.disclosure.PublishedFigure;
import uk.nhs.talent.diversity.disclosure.SuppressionAudit;
import uk.nhs.talent.diversity.metrics.RepresentationTables.TableFigure;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/**
 * The five breakdowns of one population, protected together, attacked as a reader of all of them would: a row's
 * total minus its visible parts, a region's row against its region × level rows, and a linear program over
 * everything published. No suppressed figure is narrowed below the protection width.
 */
class RepresentationTablesTest {

    private static final DisclosureRules RULES = DisclosureRules.nhsDefaults();
    private static final List<String> CATEGORIES = Characteristic.ETHNICITY.categories();
    private static final RepresentationTables TABLES = new RepresentationTables(CATEGORIES);

    @Test
    void oneBlackCandidateAmongTwentyWhiteCannotBeReadOffAnyTable() {
        List<StageCounts.Cell> cells = List.of(
                cell("Y61", Level.AFC_9, RoleFamily.FINANCE, "WHITE", 20),
                cell("Y61", Level.AFC_9, RoleFamily.FINANCE, "BLACK", 1),
                cell("Y62", Level.VSM, RoleFamily.NURSING, "WHITE", 30),
                cell("Y62", Level.VSM, RoleFamily.NURSING, "ASIAN", 12));
        List<TableFigure> published = TABLES.protect(cells, new DisclosureControl(RULES));

        for (TableFigure figure : published) {
            if (figure.category().equals("BLACK") && figure.row().contains(Regions.CODES.indexOf("Y61"),
                    Level.AFC_9.ordinal(), RoleFamily.FINANCE.ordinal())) {
                assertThat(figure.count().status()).as(figure.row().toString()).isEqualTo(FigureStatus.SUPPRESSED);
            }
        }
        assertThat(exposedRows(published)).isEmpty();
        assertThat(auditedUnprotected(cells, published)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = { 1, 2, 3 })
    void randomSparsePopulationsSurviveEveryAttack(long seed) {
        Random random = new Random(seed);
        List<StageCounts.Cell> cells = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            // Mostly small counts, a few large: the shape of a senior pipeline by region, level and profession.
            int count = random.nextInt(10) == 0 ? 10 + random.nextInt(60) : 1 + random.nextInt(4);
            cells.add(cell(Regions.CODES.get(random.nextInt(Regions.CODES.size())),
                    Level.values()[random.nextInt(Level.values().length)],
                    RoleFamily.values()[random.nextInt(RoleFamily.values().length)],
                    CATEGORIES.get(random.nextInt(CATEGORIES.size())), count));
        }
        List<TableFigure> published = TABLES.protect(cells, new DisclosureControl(RULES));

        assertThat(published).allSatisfy(figure -> {
            if (figure.count().status() == FigureStatus.ROUNDED) {
                assertThat(figure.count().value() % RULES.roundTo()).isZero();
                assertThat(figure.count().value()).isGreaterThan(0);
            }
        });
        assertThat(exposedRows(published)).isEmpty();
        assertThat(auditedUnprotected(cells, published)).isEmpty();
    }

    @Test
    void sharesAreShownOnlyBesideCountsAboveTheThresholdAndComeFromThePublishedFigures() {
        List<StageCounts.Cell> cells = List.of(
                cell("Y56", Level.VSM, RoleFamily.FINANCE, "WHITE", 33),
                cell("Y56", Level.VSM, RoleFamily.FINANCE, "ASIAN", 14),
                cell("Y56", Level.VSM, RoleFamily.FINANCE, "BLACK", 3));
        List<TableFigure> national = TABLES.protect(cells, new DisclosureControl(RULES)).stream()
                .filter(f -> f.row().breakdown() == Breakdown.NATIONAL).toList();
        TableFigure white = national.get(CATEGORIES.indexOf("WHITE"));
        TableFigure black = national.get(CATEGORIES.indexOf("BLACK"));
        TableFigure total = national.get(CATEGORIES.size());
        assertThat(black.percentOfRow()).isNull();
        assertThat(black.percentStatus()).isEqualTo(FigureStatus.SUPPRESSED);
        assertThat(white.count()).isEqualTo(new PublishedFigure(white.count().id(), 35L, FigureStatus.ROUNDED));
        assertThat(total.count()).isEqualTo(new PublishedFigure(total.count().id(), 50L, FigureStatus.EXACT));
        // 35 of 50 published, not 33 of 50 counted
        assertThat(white.percentOfRow()).isEqualByComparingTo("70.0");
        assertThat(total.percentStatus()).isNull();
    }

    /**
     * The reader's arithmetic on each row: its total minus its published parts bounds the sum of its suppressed
     * parts; a row with one suppressed part must not pin it. Rounded figures are known to within rounding.
     */
    private static List<String> exposedRows(List<TableFigure> published) {
        List<String> exposed = new ArrayList<>();
        int perRow = CATEGORIES.size() + 1;
        for (int start = 0; start < published.size(); start += perRow) {
            List<TableFigure> row = published.subList(start, start + perRow);
            PublishedFigure total = row.get(CATEGORIES.size()).count();
            List<TableFigure> suppressed = row.subList(0, CATEGORIES.size()).stream()
                    .filter(f -> f.count().status() == FigureStatus.SUPPRESSED).toList();
            if (total.status() == FigureStatus.SUPPRESSED || suppressed.size() != 1) {
                continue;
            }
            long low = low(total);
            long high = high(total);
            for (TableFigure part : row.subList(0, CATEGORIES.size())) {
                if (part.count().status() != FigureStatus.SUPPRESSED) {
                    low -= high(part.count());
                    high -= low(part.count());
                }
            }
            // The reader cannot tell a small count from a complementary suppression: no upper bound of their own.
            if (high - Math.max(low, 0) < RULES.protectionWidth()) {
                exposed.add(row.get(0).row() + " " + suppressed.get(0).category() + " in [" + low + ", " + high + "]");
            }
        }
        return exposed;
    }

    private static List<FeasibleRange> auditedUnprotected(List<StageCounts.Cell> cells,
            List<TableFigure> published) {
        SuppressionAudit audit = new SuppressionAudit(RULES);
        return audit.audit(TABLES.figures(RepresentationTables.rows(), TABLES.cube(cells)),
                published.stream().map(TableFigure::count).toList()).stream()
                .filter(range -> !audit.isProtected(range)).toList();
    }

    private static long low(PublishedFigure figure) {
        return figure.status() == FigureStatus.ROUNDED ? RULES.roundedLowerBound(figure.value()) : figure.value();
    }

    private static long high(PublishedFigure figure) {
        return figure.status() == FigureStatus.ROUNDED ? RULES.roundedUpperBound(figure.value()) : figure.value();
    }

    private static StageCounts.Cell cell(String region, Level level, RoleFamily family, String category, long count) {
        return new StageCounts.Cell(region, level, family, category, count);
    }
}
