package uk.nhs.talent.diversity.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NormalQuantileTest {

    /** Reference quantiles: scipy.stats.norm.ppf (double precision), covering all three regions. */
    @ParameterizedTest
    @CsvSource({
        "0.975,    1.959963984540054",
        "0.995,    2.5758293035489004",
        "0.95,     1.6448536269514722",
        "0.9,      1.2815515655446004",
        "0.5,      0.0",
        "0.01,     -2.3263478740408408",
        "0.001,    -3.090232306167813",
        "1e-10,    -6.361340902404056",
        "0.02425,  -1.972961051311885",
        "0.97575,  1.972961051311885",
        "0.999999, 4.753424308817087"
    })
    void matchesReferenceQuantilesWithinAcklamAccuracy(double p, double expected) {
        // Acklam's stated maximum relative error is 1.15e-9.
        assertThat(NormalQuantile.inverse(p)).isCloseTo(expected, within(1.2e-9 * Math.max(1, Math.abs(expected))));
    }

    @Test
    void ninetyFivePercentCriticalValueIsExact() {
        assertThat(NormalQuantile.twoSidedCriticalValue(0.95)).isEqualTo(1.959963984540054);
        assertThat(NormalQuantile.twoSidedCriticalValue(0.99)).isCloseTo(2.5758293035489004, within(1e-8));
        assertThat(NormalQuantile.twoSidedCriticalValue(0.90)).isCloseTo(1.6448536269514722, within(1e-8));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.0, -0.1, 1.1, Double.NaN})
    void rejectsProbabilitiesOutsideTheOpenUnitInterval(double p) {
        assertThatIllegalArgumentException().isThrownBy(() -> NormalQuantile.inverse(p));
    }
}
