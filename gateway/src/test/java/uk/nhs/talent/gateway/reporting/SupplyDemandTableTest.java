package uk.nhs.talent.gateway.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.nhs.talent.events.slsf.SupplyDemandFigures;
import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.KeyPosts;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.OpenVacancies;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Supply;

/** Supply against demand, worked by hand, without a server. */
class SupplyDemandTableTest {

    private static final TurnoverAssumptions TURNOVER = turnover("0.10");

    @Test
    void expectedVacanciesAreKnownLeaversPlusTurnoverOfTheOthers() {
        // 7 leaving + 0.10 × (40 − 7) = 10.30
        assertThat(SupplyDemandTable.expectedVacancies(keyPosts(40, 7), new BigDecimal("0.10")))
                .isEqualByComparingTo("10.30");
        assertThat(SupplyDemandTable.expectedVacancies(keyPosts(0, 0), new BigDecimal("0.10"))).isZero();
    }

    @Test
    void aMissingPartLeavesItsFiguresAndTheRatiosThatNeedThemNull() {
        List<SupplyDemandFigures> rows = SupplyDemandTable.of(
                Part.complete("supply", "talent-service", "1", List.of(new Supply("Y58", RoleFamily.MEDICAL,
                        Level.VSM, Readiness.READY_NOW, 6))),
                Part.complete("key-posts", "talent-service", "1", List.of(keyPosts(20, 2))),
                Part.missing("open-vacancies", "vacancy-service", "no answer"), TURNOVER);

        SupplyDemandFigures row = rows.get(0);
        assertThat(row.openVacancies()).isNull();
        assertThat(row.readyNowPerVacancy()).isNull();
        // 2 + 0.10 × 18 = 3.80; coverage 5 ÷ 20 = 0.250
        assertThat(row.expectedVacanciesWithinYear()).isEqualByComparingTo("3.80");
        assertThat(row.coverageShare()).isEqualByComparingTo("0.250");
        assertThat(row.readyNow()).isEqualTo(6L);
        assertThat(row.readyInOneToTwoYears()).isZero();
    }

    @Test
    void readyNowPerVacancyCountsOpenAndExpectedVacancies() {
        List<SupplyDemandFigures> rows = SupplyDemandTable.of(
                Part.complete("supply", "talent-service", "1", List.of(new Supply("Y58", RoleFamily.MEDICAL,
                        Level.VSM, Readiness.READY_NOW, 6))),
                Part.complete("key-posts", "talent-service", "1", List.of(keyPosts(20, 2))),
                Part.complete("open-vacancies", "vacancy-service", "1",
                        List.of(new OpenVacancies("Y58", RoleFamily.MEDICAL, Level.VSM, 1))), TURNOVER);

        // 6 ÷ (1 + 3.80) = 1.25
        assertThat(rows.get(0).readyNowPerVacancy()).isEqualByComparingTo("1.25");
    }

    @Test
    void everyLevelNeedsATurnoverFromZeroToOne() {
        Map<Level, BigDecimal> rates = new EnumMap<>(Level.class);
        rates.put(Level.VSM, new BigDecimal("0.1"));
        assertThatThrownBy(() -> new TurnoverAssumptions(rates)).hasMessageContaining("AFC_8C");
        assertThatThrownBy(() -> turnover("1.5")).hasMessageContaining("from 0 to 1");
    }

    private static KeyPosts keyPosts(long posts, long leaving) {
        return new KeyPosts("Y58", RoleFamily.MEDICAL, Level.VSM, posts, leaving, 5, new BigDecimal("4.50"), 1);
    }

    private static TurnoverAssumptions turnover(String rate) {
        Map<Level, BigDecimal> rates = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            rates.put(level, new BigDecimal(rate));
        }
        return new TurnoverAssumptions(rates);
    }
}
