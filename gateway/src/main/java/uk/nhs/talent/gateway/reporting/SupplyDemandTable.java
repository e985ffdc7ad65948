package uk.nhs.talent.gateway.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.nhs.talent.events.slsf.SupplyDemandFigures;
import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.KeyPosts;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.OpenVacancies;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Supply;

/**
 * Supply against demand per region × role family × level, from talent-service's supply and key posts and
 * vacancy-service's open vacancies:
 *
 * <ul>
 *   <li><b>expected vacancies within a year</b> = key posts whose incumbent leaves within the year + the level's
 *       turnover assumption × the other key posts;</li>
 *   <li><b>ready now per vacancy</b> = ready now ÷ (open + expected vacancies);</li>
 *   <li><b>coverage</b> = key posts with a ready-now successor ÷ key posts.</li>
 * </ul>
 *
 * Open vacancies and key posts are counted apart: a vacancy names no key post, so a key post already vacant and
 * advertised is in the open vacancies and also in the expected ones: in full while its record still names an
 * incumbent expected to leave (an overdue date counts), at its level's turnover rate otherwise.
 *
 * A cell appears when any part has something in it. A figure whose part is missing is null; a cell a present
 * part has nothing for counts 0 there. A ratio is null when its denominator is 0 or one of its figures is null.
 */
public final class SupplyDemandTable {

    /** One region × role family × level, in the order the table is read: region, then family, then level. */
    record Cell(String regionCode, RoleFamily roleFamily, Level level) implements Comparable<Cell> {

        private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::regionCode)
                .thenComparing(Cell::roleFamily).thenComparing(Cell::level);

        @Override
        public int compareTo(Cell other) {
            return ORDER.compare(this, other);
        }
    }

    private SupplyDemandTable() {
    }

    public static List<SupplyDemandFigures> of(Part<List<Supply>> supply, Part<List<KeyPosts>> keyPosts,
            Part<List<OpenVacancies>> open, TurnoverAssumptions turnover) {
        Map<Cell, Map<Readiness, Long>> people = supply.answer().map(SupplyDemandTable::peopleByCell).orElse(Map.of());
        Map<Cell, KeyPosts> posts = keyPosts.answer()
                .map(rows -> byCell(rows, p -> new Cell(p.regionCode(), p.roleFamily(), p.level())))
                .orElse(Map.of());
        Map<Cell, OpenVacancies> vacancies = open.answer()
                .map(rows -> byCell(rows, v -> new Cell(v.regionCode(), v.roleFamily(), v.level())))
                .orElse(Map.of());

        TreeSet<Cell> cells = new TreeSet<>(people.keySet());
        cells.addAll(posts.keySet());
        cells.addAll(vacancies.keySet());
        return cells.stream().map(cell -> {
            Long readyNow = supply.figure(rows -> count(people, cell, Readiness.READY_NOW));
            KeyPosts cellPosts = posts.getOrDefault(cell,
                    new KeyPosts(cell.regionCode(), cell.roleFamily(), cell.level(), 0, 0, 0, BigDecimal.ZERO, 0));
            Long openVacancies = open.figure(rows -> vacancies.containsKey(cell)
                    ? vacancies.get(cell).openVacancies() : 0L);
            BigDecimal expected = keyPosts.figure(rows -> expectedVacancies(cellPosts, turnover.rate(cell.level())));
            return new SupplyDemandFigures(cell.regionCode(), cell.roleFamily(), cell.level(),
                    readyNow,
                    supply.figure(rows -> count(people, cell, Readiness.ONE_TO_TWO_YEARS)),
                    supply.figure(rows -> count(people, cell, Readiness.THREE_PLUS_YEARS)),
                    openVacancies,
                    keyPosts.figure(rows -> cellPosts.keyPosts()),
                    keyPosts.figure(rows -> cellPosts.leavingWithinYear()),
                    expected,
                    readyNow == null || openVacancies == null || expected == null ? null
                            : ratio(BigDecimal.valueOf(readyNow), expected.add(BigDecimal.valueOf(openVacancies)), 2),
                    keyPosts.figure(rows -> cellPosts.postsWithReadyNowSuccessor()),
                    keyPosts.figure(rows -> ratio(BigDecimal.valueOf(cellPosts.postsWithReadyNowSuccessor()),
                            BigDecimal.valueOf(cellPosts.keyPosts()), 3)),
                    keyPosts.figure(rows -> cellPosts.benchStrength()),
                    keyPosts.figure(rows -> cellPosts.postsAtRisk()));
        }).toList();
    }

    /**
     * Known leavers plus the turnover assumption applied to the other posts, to two decimals: the one rule for the
     * year ahead, in reports and projections alike.
     */
    public static BigDecimal expectedVacancies(KeyPosts posts, BigDecimal annualTurnover) {
        long withoutLeavingDate = posts.keyPosts() - posts.leavingWithinYear();
        return BigDecimal.valueOf(posts.leavingWithinYear())
                .add(annualTurnover.multiply(BigDecimal.valueOf(withoutLeavingDate)))
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code numerator ÷ denominator} to {@code scale} decimals, or null when the denominator is 0. */
    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator, int scale) {
        return denominator.signum() == 0 ? null : numerator.divide(denominator, scale, RoundingMode.HALF_UP);
    }

    private static Map<Cell, Map<Readiness, Long>> peopleByCell(List<Supply> rows) {
        Map<Cell, Map<Readiness, Long>> people = new TreeMap<>();
        for (Supply row : rows) {
            people.computeIfAbsent(new Cell(row.regionCode(), row.roleFamily(), row.level()), c -> new TreeMap<>())
                    .merge(row.readiness(), row.people(), Long::sum);
        }
        return people;
    }

    private static long count(Map<Cell, Map<Readiness, Long>> people, Cell cell, Readiness readiness) {
        return people.getOrDefault(cell, Map.of()).getOrDefault(readiness, 0L);
    }

    private static <T> Map<Cell, T> byCell(List<T> rows, Function<T, Cell> cell) {
        return rows.stream().collect(Collectors.toMap(cell, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("a service answered the same cell twice: " + cell.apply(a));
        }, TreeMap::new));
    }
}
