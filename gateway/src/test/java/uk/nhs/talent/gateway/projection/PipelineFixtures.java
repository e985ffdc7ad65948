package uk.nhs.talent.gateway.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.talent.gateway.projection.PipelineState.ONE_TO_TWO_YEARS;
import static uk.nhs.talent.gateway.projection.PipelineState.THREE_PLUS_YEARS;

import java.util.EnumMap;
import java.util.Map;

import uk.nhs.talent.events.vacancy.RoleFamily;

/** Small inputs worked by hand, shared by the projection tests. */
final class PipelineFixtures {

    static final CellKey CELL = new CellKey("Y58", RoleFamily.FINANCE);
    /** So many person-years that the bands are narrow and every rate is estimated. */
    static final double LARGE_EXPOSURE = 100_000;

    private PipelineFixtures() {
    }

    /**
     * The hand-worked case: 3+ → 1–2 0.2, 1–2 → ready now 0.4, ready now → appointed 0.5, 1–2 → appointed 0, exit
     * 0.1 from every pool state, 10 entrants a year into 3+ years.
     */
    static TransitionRates handRates() {
        return rates(LARGE_EXPOSURE, 0.2, 0.4, 0.5, 0, 0.1, 10);
    }

    /** 100 in 3+ years, 50 in 1–2 years, 20 ready now; 14 vacancies a year for up to 30 years. */
    static CellInput handCell() {
        return new CellInput(CELL, Stock.ofPool(100, 50, 20), handRates(),
                DemandForecast.constant(14, ProjectionSettings.MAX_YEARS));
    }

    /** Estimated rates, as if each had been observed over {@code exposure} person-years. */
    static TransitionRates rates(
            double exposure, double developThreePlus, double developOneToTwo, double appointReadyNow,
            double appointOneToTwo, double exit, double entrantsThreePlusPerYear) {
        Map<Move, Rate> moves = new EnumMap<>(Move.class);
        for (Move move : Move.values()) {
            double p = switch (move) {
                case DEVELOP_THREE_PLUS -> developThreePlus;
                case DEVELOP_ONE_TO_TWO -> developOneToTwo;
                case APPOINT_READY_NOW -> appointReadyNow;
                case APPOINT_ONE_TO_TWO -> appointOneToTwo;
                case EXIT_THREE_PLUS, EXIT_ONE_TO_TWO, EXIT_READY_NOW -> exit;
            };
            moves.put(move, Rate.estimated(p, exposure, p * exposure));
        }
        return new TransitionRates(moves, Map.of(
                THREE_PLUS_YEARS, Rate.estimated(entrantsThreePlusPerYear, 5, entrantsThreePlusPerYear * 5),
                ONE_TO_TWO_YEARS, Rate.estimated(0, 5, 0)));
    }

    /** The same share of every pool stage for each category. */
    static CharacteristicShares sameSharesInEveryStage(String characteristic, Map<String, Double> shares) {
        return new CharacteristicShares(characteristic, Map.of(
                THREE_PLUS_YEARS, shares, ONE_TO_TWO_YEARS, shares, PipelineState.READY_NOW, shares));
    }

    static Scenario attrition(double factor) {
        return new Scenario("attrition × " + factor, 1, factor, 0, Map.of());
    }

    static CellProjection project(CellInput cell, Scenario scenario, int years) {
        return new CellProjector(ProjectionSettings.forYears(years)).project(cell, scenario);
    }

    /** Each state of a stock, to 1e-9: hand-worked figures differ from the computed ones by rounding only. */
    static void assertStock(Stock stock, double threePlus, double oneToTwo, double readyNow, double appointed,
            double exited) {
        assertThat(stock.threePlusYears()).as("3+ years").isCloseTo(threePlus, within(1e-9));
        assertThat(stock.oneToTwoYears()).as("1–2 years").isCloseTo(oneToTwo, within(1e-9));
        assertThat(stock.readyNow()).as("ready now").isCloseTo(readyNow, within(1e-9));
        assertThat(stock.appointed()).as("appointed").isCloseTo(appointed, within(1e-9));
        assertThat(stock.exited()).as("exited").isCloseTo(exited, within(1e-9));
    }
}
