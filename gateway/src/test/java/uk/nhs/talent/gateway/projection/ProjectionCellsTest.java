package uk.nhs.talent.gateway.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.KeyPosts;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.OpenVacancies;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Representation;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.RepresentationFigure;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Supply;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Transitions;
import uk.nhs.talent.gateway.reporting.TurnoverAssumptions;

/** The projection's cells from the services' aggregates, worked by hand. */
class ProjectionCellsTest {

    private static final CellKey CELL = new CellKey("Y60", RoleFamily.NURSING);

    @Test
    void startIsSupplySummedOverLevelsAndDemandIsOpenPlusLeaversThenTurnover() {
        List<CellInput> cells = ProjectionCells.of(
                List.of(supply(Level.VSM, Readiness.READY_NOW, 2), supply(Level.AFC_9, Readiness.READY_NOW, 3),
                        supply(Level.AFC_9, Readiness.THREE_PLUS_YEARS, 7)),
                null, 3, List.of(new KeyPosts("Y60", RoleFamily.NURSING, Level.VSM, 10, 4, 0, BigDecimal.ZERO, 0),
                        new KeyPosts("Y60", RoleFamily.NURSING, Level.AFC_9, 20, 0, 0, BigDecimal.ZERO, 0)),
                List.of(new OpenVacancies("Y60", RoleFamily.NURSING, Level.AFC_9, 1)), turnover(), 3, null, null,
                new RateEstimator());

        CellInput cell = cells.get(0);
        assertThat(cell.key()).isEqualTo(CELL);
        assertThat(cell.start()).isEqualTo(Stock.ofPool(7, 0, 5));
        // Year 1: 1 open + (4 + 0.2 × 6) at VSM + (0 + 0.1 × 20) at AFC_9 = 8.2; later: 0.2 × 10 + 0.1 × 20 = 4.
        assertThat(cell.demand().vacanciesIn(1)).isCloseTo(8.2, within(1e-9));
        assertThat(cell.demand().vacanciesIn(2)).isCloseTo(4.0, within(1e-9));
        assertThat(cell.demand().vacanciesIn(3)).isCloseTo(4.0, within(1e-9));
        assertThat(cell.rates().movesOnDefaults()).hasSize(Move.values().length);
    }

    @Test
    void movesTheChainDoesNotHaveAreFoldedIntoOnesItHas() {
        TransitionCounts counts = ProjectionCells.counts(new Transitions("Y60", RoleFamily.NURSING,
                new BigDecimal("30"), new BigDecimal("20"), new BigDecimal("10"), 4, 3, 2, 1, 1, 9, 1, 1, 1, 6, 2, 1),
                3);

        assertThat(counts.moves().get(Move.DEVELOP_THREE_PLUS)).isEqualTo(6); // 4 + 2 straight to ready now
        assertThat(counts.entrants().get(PipelineState.ONE_TO_TWO_YEARS)).isEqualTo(3); // 2 + 1 at ready now
        assertThat(counts.moves()).doesNotContainValue(9L); // appointed from 3+ years: left out
        assertThat(counts.exposure().get(PipelineState.THREE_PLUS_YEARS)).isEqualTo(30.0);
    }

    @Test
    void publishedSharesStartTheCompositionAndRoundingAboveOneIsScaledDown() {
        Representation pool = table("IN_POOL", figure("WHITE", "70.1"), figure("ASIAN", "30.1"));
        Representation ready = table("READY_NOW", figure("WHITE", "80.0"), figure("BLACK", null));
        List<CellInput> cells = ProjectionCells.of(List.of(supply(Level.VSM, Readiness.READY_NOW, 1)), null, 3,
                null, null, turnover(), 1, "ETHNICITY", List.of(pool, ready), new RateEstimator());

        Map<PipelineState, Map<String, Double>> shares = cells.get(0).composition().shares();
        // 70.1% + 30.1% = 100.2%: each divided by 1.002.
        assertThat(shares.get(PipelineState.THREE_PLUS_YEARS).get("WHITE")).isCloseTo(0.701 / 1.002, within(1e-9));
        assertThat(shares.get(PipelineState.ONE_TO_TWO_YEARS).get("ASIAN")).isCloseTo(0.301 / 1.002, within(1e-9));
        // Ready now: BLACK suppressed, so 20% is UNKNOWN.
        assertThat(shares.get(PipelineState.READY_NOW).get("WHITE")).isCloseTo(0.8, within(1e-9));
        assertThat(shares.get(PipelineState.READY_NOW).get(CharacteristicShares.UNKNOWN)).isCloseTo(0.2, within(1e-9));
    }

    private static Supply supply(Level level, Readiness readiness, long people) {
        return new Supply("Y60", RoleFamily.NURSING, level, readiness, people);
    }

    private static Representation table(String stage, RepresentationFigure... figures) {
        return new Representation(stage, "ETHNICITY", "2026-27-Q2", List.of(figures));
    }

    private static RepresentationFigure figure(String category, String percent) {
        return new RepresentationFigure("Y60", category, null, percent == null ? "SUPPRESSED" : "ROUNDED",
                percent == null ? null : new BigDecimal(percent), null);
    }

    private static TurnoverAssumptions turnover() {
        Map<Level, BigDecimal> rates = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            rates.put(level, new BigDecimal(level == Level.VSM ? "0.2" : "0.1"));
        }
        return new TurnoverAssumptions(rates);
    }
}
