package uk.nhs.talent.gateway.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BandTest {

    @Test
    void percentilesInterpolateBetweenTheSortedRuns() {
        // 1..20 shuffled: the 5th percentile is at rank 0.05 × 19 = 0.95, between 1 and 2; the 95th at 18.05,
        // between 19 and 20.
        double[] runs = IntStream.rangeClosed(1, 20).map(i -> (i * 7) % 20 + 1).asDoubleStream().toArray();

        Band band = Band.of(runs);

        assertThat(band.lower()).isCloseTo(1.95, within(1e-12));
        assertThat(band.upper()).isCloseTo(19.05, within(1e-12));
        assertThat(runs[0]).as("the runs are left as they were").isEqualTo(8);
    }

    @Test
    void oneHundredAndOneRunsHaveTheirPercentilesOnARun() {
        Band band = Band.of(IntStream.rangeClosed(1, 101).asDoubleStream().toArray());

        assertThat(band).isEqualTo(new Band(6, 96));
    }

    @Test
    void selectionGivesWhatSortingWould() {
        SplittableRandom random = new SplittableRandom(3);
        for (int size : new int[] {1, 2, 20, 21, 500}) {
            // Ties and runs of equal values, as a rate certain to be 0 gives.
            double[] runs = random.ints(size, 0, 7).asDoubleStream().toArray();
            double[] sorted = runs.clone();
            Arrays.sort(sorted);

            Band band = Band.of(runs);

            assertThat(band.lower()).as("size %d", size).isCloseTo(interpolated(sorted, 0.05), within(1e-12));
            assertThat(band.upper()).as("size %d", size).isCloseTo(interpolated(sorted, 0.95), within(1e-12));
        }
    }

    private static double interpolated(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    @Test
    void aBandTheWrongWayRoundIsRefused() {
        assertThatThrownBy(() -> new Band(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
