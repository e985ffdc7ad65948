package uk.nhs.talent.diversity.baselines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uk.nhs.talent.diversity.characteristics.Characteristic;

/** The demo's synthetic baseline is what its generator writes, and a baseline the service takes whole. */
class SyntheticWorkforceBaselineTest {

    private static final Path DEMO_FILE = Path.of("..", "deploy", "local", "workforce-baseline.csv");

    @Test
    void theDemoFileIsTheGeneratorsOutput() throws IOException {
        assertThat(Files.readString(DEMO_FILE, StandardCharsets.UTF_8)).as("regenerate " + DEMO_FILE
                + " with SyntheticWorkforceBaseline").isEqualTo(SyntheticWorkforceBaseline.csv());
    }

    @Test
    void itCoversEveryRegionLevelCharacteristicAndCategoryWithTheSameTotals() {
        List<BaselineCount> counts = BaselineFile.read(SyntheticWorkforceBaseline.csv());
        assertThat(counts).hasSize(BaselineFile.MAX_ROWS);
        // In each region and level every characteristic counts the same people.
        Map<List<Object>, Map<Characteristic, Long>> totals = counts.stream().collect(Collectors.groupingBy(
                c -> List.of(c.regionCode(), c.level()), Collectors.groupingBy(BaselineCount::characteristic,
                        Collectors.summingLong(BaselineCount::headcount))));
        assertThat(totals).hasSize(7 * 4);
        totals.values().forEach(byCharacteristic -> assertThat(byCharacteristic.values()).hasSize(9)
                .containsOnly(byCharacteristic.get(Characteristic.ETHNICITY)));
        assertThat(SyntheticWorkforceBaseline.csv().getBytes(StandardCharsets.UTF_8).length).isLessThan(262144);
    }
}
