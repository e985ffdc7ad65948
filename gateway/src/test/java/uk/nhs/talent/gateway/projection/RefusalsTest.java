package uk.nhs.talent.gateway.projection;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.talent.gateway.projection.PipelineFixtures.CELL;
import static uk.nhs.talent.gateway.projection.PipelineFixtures.handCell;
import static uk.nhs.talent.gateway.projection.PipelineFixtures.handRates;
import static uk.nhs.talent.gateway.projection.PipelineState.ONE_TO_TWO_YEARS;
import static uk.nhs.talent.gateway.projection.PipelineState.READY_NOW;
import static uk.nhs.talent.gateway.projection.PipelineState.THREE_PLUS_YEARS;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.nhs.talent.events.vacancy.RoleFamily;

/** Each bad input is an {@link IllegalArgumentException} whose message names what was wrong. */
class RefusalsTest {

    private static void refused(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(field);
    }

    @Test
    void aNegativeStockIsRefusedByItsField() {
        refused(() -> new Stock(-1, 0, 0, 0, 0), "threePlusYears");
        refused(() -> new Stock(0, -1, 0, 0, 0), "oneToTwoYears");
        refused(() -> new Stock(0, 0, -0.5, 0, 0), "readyNow");
        refused(() -> new Stock(0, 0, 0, -1, 0), "appointed");
        refused(() -> new Stock(0, 0, 0, 0, Double.NaN), "exited");
        refused(() -> Stock.ofPool(0, Double.POSITIVE_INFINITY, 0), "oneToTwoYears");
    }

    @Test
    void aProjectionStartsWithNobodyAppointedOrExited() {
        refused(() -> new CellInput(CELL, new Stock(10, 0, 0, 1, 0), handRates(), DemandForecast.of(1)),
                "start.appointed");
    }

    @Test
    void sharesMustSumToOneWithinAMillionth() {
        Map<String, Double> short10Percent = Map.of("A", 0.5, "B", 0.4);
        refused(() -> new CharacteristicShares("x", Map.of(THREE_PLUS_YEARS, short10Percent,
                ONE_TO_TWO_YEARS, Map.of("A", 1.0), READY_NOW, Map.of("A", 1.0))), "shares[THREE_PLUS_YEARS]");
        refused(() -> PipelineFixtures.sameSharesInEveryStage("x", Map.of("A", 0.5, "B", 0.500002)), "sum to 1");
        assertThatCode(() -> PipelineFixtures.sameSharesInEveryStage("x", Map.of("A", 0.5, "B", 0.5000009)))
                .doesNotThrowAnyException();
    }

    @Test
    void sharesMustBeGivenForEveryPoolStageAndOnlyThose() {
        refused(() -> new CharacteristicShares("x", Map.of(THREE_PLUS_YEARS, Map.of("A", 1.0))), "each pool stage");
        refused(() -> new CharacteristicShares("x", Map.of(PipelineState.EXITED, Map.of("A", 1.0))), "EXITED");
        refused(() -> PipelineFixtures.sameSharesInEveryStage("x", Map.of("A", 1.5, "B", -0.5)), "shares[");
        refused(() -> CharacteristicShares.withUnknownRemainder("x", Map.of(READY_NOW, Map.of("A", 0.7, "B", 0.4))),
                "shares[READY_NOW]");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 31})
    void yearsOutsideOneToThirtyAreRefused(int years) {
        refused(() -> ProjectionSettings.forYears(years), "years");
    }

    @Test
    void oneAndThirtyYearsAreAllowed() {
        assertThatCode(() -> PipelineFixtures.project(handCell(), Scenario.BASELINE, 1)).doesNotThrowAnyException();
        assertThatCode(() -> PipelineFixtures.project(handCell(), Scenario.BASELINE, 30)).doesNotThrowAnyException();
    }

    @Test
    void aNegativeOrNonFiniteScenarioFigureIsRefusedByItsField() {
        refused(() -> new Scenario("s", -0.1, 1, 0, Map.of()), "developmentRateFactor");
        refused(() -> new Scenario("s", 1, -1, 0, Map.of()), "attritionFactor");
        refused(() -> new Scenario("s", 1, Double.NaN, 0, Map.of()), "attritionFactor");
        refused(() -> new Scenario("s", 1, 1, -3, Map.of()), "extraEntrantsPerYear");
        refused(() -> new Scenario("s", 1, 1, 0, Map.of("BLACK", -2.0)), "groupDevelopmentFactors[BLACK]");
        refused(() -> new Scenario(" ", 1, 1, 0, Map.of()), "name");
    }

    @Test
    void badSettingsAreRefusedByTheirField() {
        refused(() -> new ProjectionSettings(10, 19, 1, 20), "runs");
        refused(() -> new ProjectionSettings(10, 500, 1, 0), "defaultPseudoExposure");
    }

    @Test
    void demandMustCoverTheYearsProjectedWithoutNegativeVacancies() {
        CellInput twoYears = new CellInput(CELL, Stock.ofPool(1, 1, 1), handRates(), DemandForecast.of(3, 3));
        refused(() -> PipelineFixtures.project(twoYears, Scenario.BASELINE, 3), "demand covers 2 years");
        refused(() -> DemandForecast.of(3, -1), "expectedVacancies[year 2]");
        refused(() -> DemandForecast.of(), "expectedVacancies");
    }

    @Test
    void aRegionMustBeAnNhsEnglandRegionCode() {
        refused(() -> new CellKey("Y57", RoleFamily.FINANCE), "regionCode");
    }

    @Test
    void historyCountsMustBeNonNegativeAndInTheirStates() {
        refused(() -> new TransitionCounts(Map.of(READY_NOW, -1.0), Map.of(), 0, Map.of()), "exposure[READY_NOW]");
        refused(() -> new TransitionCounts(Map.of(), Map.of(Move.EXIT_READY_NOW, -1L), 0, Map.of()),
                "moves[EXIT_READY_NOW]");
        refused(() -> new TransitionCounts(Map.of(), Map.of(), -1, Map.of()), "observedYears");
        refused(() -> new TransitionCounts(Map.of(), Map.of(), 1, Map.of(READY_NOW, 3L)), "READY_NOW");
    }

    @Test
    void ratesGivenDirectlyThatSumAboveOneAreRefusedNotCapped() {
        Map<Move, Rate> moves = new EnumMap<>(handRates().moves());
        moves.put(Move.DEVELOP_ONE_TO_TWO, Rate.estimated(0.95, 100, 95));
        // 0.95 + 0 + 0.1 out of 1–2 years.
        refused(() -> new TransitionRates(moves, handRates().entrants()), "ONE_TO_TWO_YEARS");
        moves.remove(Move.EXIT_READY_NOW);
        refused(() -> new TransitionRates(moves, handRates().entrants()), "moves[EXIT_READY_NOW] is missing");
    }

    @Test
    void aCellGivenTwiceInANationalRunIsRefused() {
        NationalProjection national = new NationalProjection(ProjectionSettings.forYears(2));

        refused(() -> national.run(List.of(handCell(), handCell()), Scenario.BASELINE), "Y58/FINANCE is given twice");
    }
}
