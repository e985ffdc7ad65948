package uk.nhs.talent.diversity.baselines;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.diversity.disclosure.DisclosureRules;
import uk.nhs.talent.diversity.disclosure.FigureStatus;
import uk.nhs.talent.events.vacancy.Level;

/** Shares of the workforce a row should reflect, summed over what the row's breakdown drops; small ones suppressed. */
class WorkforceBaselineTest {

    private static final DisclosureRules RULES = DisclosureRules.nhsDefaults();

    /** Two regions, two levels: Y56 VSM 3 FEMALE of 10; Y56 AFC_9 40 of 90; Y58 VSM 0 of 5; Y58 AFC_9 27 of 60. */
    private static final WorkforceBaseline BASELINE = new WorkforceBaseline(Instant.EPOCH, List.of(
            count("Y56", Level.VSM, "FEMALE", 3), count("Y56", Level.VSM, "MALE", 7),
            count("Y56", Level.AFC_9, "FEMALE", 40), count("Y56", Level.AFC_9, "MALE", 50),
            count("Y58", Level.VSM, "FEMALE", 0), count("Y58", Level.VSM, "MALE", 5),
            count("Y58", Level.AFC_9, "FEMALE", 27), count("Y58", Level.AFC_9, "MALE", 33)));

    @Test
    void aNationalShareSumsEveryRegionAndLevel() {
        // (3 + 40 + 0 + 27) / (10 + 90 + 5 + 60) = 70 / 165 = 42.42...
        assertThat(BASELINE.share(null, null, "FEMALE", RULES)).isEqualTo(exact("42.4"));
    }

    @Test
    void aRegionsShareSumsItsLevelsAndALevelsSumsItsRegions() {
        // Y56: 43 / 100; AFC_9: 67 / 150 = 44.66...
        assertThat(BASELINE.share("Y56", null, "FEMALE", RULES)).isEqualTo(exact("43.0"));
        assertThat(BASELINE.share(null, Level.AFC_9, "FEMALE", RULES)).isEqualTo(exact("44.7"));
    }

    @Test
    void aSmallOrEmptyCategoryIsSuppressedAndALoneOneWithTheNextSmallest() {
        // Y56 VSM: 3 FEMALE (1..7) suppressed; Y58 VSM: a row of 5 suppressed, its zero with it.
        assertThat(BASELINE.share("Y56", Level.VSM, "FEMALE", RULES))
                .isEqualTo(new BaselineShare(null, FigureStatus.SUPPRESSED));
        assertThat(BASELINE.share("Y58", Level.VSM, "FEMALE", RULES))
                .isEqualTo(new BaselineShare(null, FigureStatus.SUPPRESSED));
        // VSM: 3 of 15 FEMALE is suppressed, and 12 of 15 MALE with it: 100 less 80.0 would give FEMALE away.
        assertThat(BASELINE.share(null, Level.VSM, "FEMALE", RULES).status()).isEqualTo(FigureStatus.SUPPRESSED);
        assertThat(BASELINE.share(null, Level.VSM, "MALE", RULES).status()).isEqualTo(FigureStatus.SUPPRESSED);
        // Nationally nobody is NOT_DECLARED: an empty category says who is not there, so it is suppressed too.
        assertThat(BASELINE.share(null, null, Characteristic.NOT_DECLARED, RULES).status())
                .isEqualTo(FigureStatus.SUPPRESSED);
    }

    @Test
    void whereNobodyIsCountedThereIsNoShare() {
        assertThat(BASELINE.share("Y63", null, "FEMALE", RULES)).isNull();
    }

    private static BaselineShare exact(String percent) {
        return new BaselineShare(new BigDecimal(percent), FigureStatus.EXACT);
    }

    private static BaselineCount count(String region, Level level, String category, long headcount) {
        return new BaselineCount(region, level, Characteristic.SEX, category, headcount);
    }
}
