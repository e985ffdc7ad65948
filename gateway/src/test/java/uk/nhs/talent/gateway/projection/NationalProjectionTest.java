package uk.nhs.talent.gateway.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.talent.gateway.projection.PipelineState.ONE_TO_TWO_YEARS;
import static uk.nhs.talent.gateway.projection.PipelineState.READY_NOW;
import static uk.nhs.talent.gateway.projection.PipelineState.THREE_PLUS_YEARS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.nhs.talent.commons.reference.Regions;
import uk.nhs.talent.events.vacancy.RoleFamily;

/** A national run, 7 regions × 13 role families for 10 years with 500 runs, checked for how it adds up. */
class NationalProjectionTest {

    private static final int YEARS = 10;
    private static final Scenario SCENARIO = new Scenario("fewer exits, BLACK developed faster, 1 more place", 1, 0.8,
            1, Map.of("BLACK", 1.5));

    private static List<CellInput> cells;
    private static NationalResult result;

    @BeforeAll
    static void runTheNation() {
        cells = nationalCells();
        result = new NationalProjection(ProjectionSettings.forYears(YEARS)).run(cells, SCENARIO);
    }

    /** Every cell differs a little; some have too few person-years in a state and take its defaults. */
    static List<CellInput> nationalCells() {
        RateEstimator estimator = new RateEstimator();
        List<CellInput> inputs = new ArrayList<>();
        for (String region : Regions.CODES) {
            for (RoleFamily family : RoleFamily.values()) {
                int i = inputs.size();
                TransitionCounts counts = new TransitionCounts(
                        Map.of(THREE_PLUS_YEARS, 40.0 + i, ONE_TO_TWO_YEARS, 15.0 + i % 20, READY_NOW, 10.0 + i % 30),
                        Map.of(Move.DEVELOP_THREE_PLUS, 8L + i % 5, Move.DEVELOP_ONE_TO_TWO, 6L + i % 3,
                                Move.APPOINT_READY_NOW, 3L + i % 4, Move.EXIT_THREE_PLUS, 3L, Move.EXIT_ONE_TO_TWO, 1L,
                                Move.EXIT_READY_NOW, 1L),
                        3, Map.of(THREE_PLUS_YEARS, 20L + i % 7, ONE_TO_TWO_YEARS, (long) i % 3));
                CharacteristicShares ethnicity = CharacteristicShares.withUnknownRemainder("ethnicity", Map.of(
                        THREE_PLUS_YEARS, Map.of("WHITE", 0.7, "BLACK", 0.1, "ASIAN", 0.1),
                        ONE_TO_TWO_YEARS, Map.of("WHITE", 0.8, "BLACK", 0.05),
                        READY_NOW, Map.of("WHITE", 0.85)));
                inputs.add(new CellInput(new CellKey(region, family), Stock.ofPool(20 + i % 9, 12 + i % 5, 5 + i % 4),
                        estimator.estimate(counts), DemandForecast.constant(3 + i % 3, YEARS), ethnicity));
            }
        }
        return inputs;
    }

    @Test
    void everyCellAndRegionIsAnswered() {
        assertThat(result.cells()).hasSize(91);
        assertThat(result.regions()).extracting(TotalProjection::area).containsExactlyElementsOf(Regions.CODES);
        assertThat(result.england().years()).hasSize(YEARS + 1);
    }

    @Test
    void aRegionsExpectedFiguresAreTheSumsOfItsCells() {
        for (TotalProjection region : result.regions()) {
            List<CellProjection> inRegion = result.cells().stream()
                    .filter(cell -> cell.key().regionCode().equals(region.area())).toList();
            assertThat(inRegion).hasSize(RoleFamily.values().length);
            assertSums(region, inRegion.stream().map(CellProjection::years).toList());
        }
    }

    @Test
    void englandsExpectedFiguresAreTheSumsOfItsRegions() {
        assertSums(result.england(), result.regions().stream().map(TotalProjection::years).toList());
    }

    @Test
    void englandsBandIsABandOfSumsNotASumOfBands() {
        for (int year = 1; year <= YEARS; year++) {
            ProjectedYear england = result.england().year(year).baseline();
            int y = year;
            double sumOfCellWidths = result.cells().stream()
                    .mapToDouble(cell -> cell.year(y).baseline().readyNowBand().width()).sum();
            // 91 independent cells: the spread of the sum grows about as √91, not 91, times a cell's.
            assertThat(england.readyNowBand().width()).as("year %d", year).isLessThan(sumOfCellWidths / 3);
            assertThat(england.readyNowBand().contains(england.stock().readyNow())).as("year %d", year).isTrue();
        }
    }

    @Test
    void aRerunGivesExactlyTheSameAnswerHoweverTheCoresSharedTheCells() {
        NationalResult rerun = new NationalProjection(ProjectionSettings.forYears(YEARS)).run(cells, SCENARIO);

        assertThat(rerun).isEqualTo(result);
    }

    @Test
    void theScenarioStandsBesideTheBaseline() {
        ProjectedYear baseline = result.england().year(YEARS).baseline();
        ProjectedYear scenario = result.england().year(YEARS).scenario();

        assertThat(result.england().scenario()).isEqualTo(SCENARIO.name());
        // Fewer exits and one more place in each of 91 cells: more people in the pool at the end.
        assertThat(scenario.stock().pool()).isGreaterThan(baseline.stock().pool() + 91);
        assertThat(scenario.expectedVacancies()).isEqualTo(baseline.expectedVacancies());
    }

    @Test
    void theGroupFactorRaisesTheGroupsShareOfReadyNowInEveryCell() {
        for (CellProjection cell : result.cells()) {
            YearComparison year5 = cell.year(5);
            assertThat(year5.scenario().composition().get(READY_NOW).get("BLACK")).as(cell.key().label())
                    .isGreaterThan(year5.baseline().composition().get(READY_NOW).get("BLACK"));
        }
    }

    /** The total's expected stock and vacancies, baseline and scenario, equal the sums of its parts'. */
    private static void assertSums(TotalProjection total, List<List<YearComparison>> parts) {
        for (int year = 0; year <= YEARS; year++) {
            int y = year;
            assertYearSum(total.year(year).baseline(), parts.stream().map(part -> part.get(y).baseline()).toList());
            assertYearSum(total.year(year).scenario(), parts.stream().map(part -> part.get(y).scenario()).toList());
        }
    }

    private static void assertYearSum(ProjectedYear total, List<ProjectedYear> parts) {
        for (PipelineState state : PipelineState.values()) {
            assertThat(total.stock().in(state)).as("%s in year %d", state, total.year())
                    .isCloseTo(sum(parts, part -> part.stock().in(state)), within(1e-9));
        }
        assertThat(total.expectedVacancies()).isCloseTo(sum(parts, ProjectedYear::expectedVacancies), within(1e-9));
    }

    private static double sum(List<ProjectedYear> parts, Function<ProjectedYear, Double> figure) {
        return parts.stream().mapToDouble(figure::apply).sum();
    }
}
