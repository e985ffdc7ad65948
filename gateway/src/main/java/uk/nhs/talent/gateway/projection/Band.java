package uk.nhs.talent.gateway.projection;

/**
 * The 5th to 95th percentile of a projected figure over the Monte Carlo runs: the spread that comes from not
 * knowing the rates exactly ({@link RateDraws}), not from chance among individuals.
 *
 * @param lower the 5th percentile
 * @param upper the 95th percentile
 */
public record Band(double lower, double upper) {

    static final double LOWER_PERCENTILE = 0.05;
    static final double UPPER_PERCENTILE = 0.95;

    /** @throws IllegalArgumentException unless finite with lower ≤ upper */
    public Band {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
            throw new IllegalArgumentException(
                    "a band needs finite lower <= upper but was [" + lower + ", " + upper + "]");
        }
    }

    /**
     * The band of a figure's values over the runs. Percentiles interpolate linearly between the sorted values, as
     * spreadsheets' PERCENTILE.INC does, so that they move smoothly with the runs.
     *
     * @param runs one value per run, left unchanged
     */
    static Band of(double[] runs) {
        double[] values = runs.clone();
        return new Band(percentile(values, LOWER_PERCENTILE), percentile(values, UPPER_PERCENTILE));
    }

    /** Rearranges {@code values}; selects the two values it needs instead of sorting, since it runs for every band. */
    private static double percentile(double[] values, double p) {
        double rank = p * (values.length - 1);
        int below = (int) rank;
        double atBelow = select(values, below);
        if (below == values.length - 1) {
            return atBelow;
        }
        // After the selection everything past index {@code below} is at least as large: the next value is their least.
        double next = values[below + 1];
        for (int i = below + 2; i < values.length; i++) {
            next = Math.min(next, values[i]);
        }
        return atBelow + (rank - below) * (next - atBelow);
    }

    /**
     * Hoare's selection: the value that would be at index {@code k} if {@code values} were sorted, leaving the
     * smaller ones before it and the larger ones after.
     */
    private static double select(double[] values, int k) {
        int low = 0;
        int high = values.length - 1;
        while (low < high) {
            double pivot = values[(low + high) >>> 1];
            int i = low;
            int j = high;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double swap = values[i];
                    values[i++] = values[j];
                    values[j--] = swap;
                }
            }
            if (k <= j) {
                high = j;
            } else if (k >= i) {
                low = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }

    public double width() {
        return upper - lower;
    }

    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    /** Each end divided by a positive figure: dividing every run by it keeps their order, so the percentiles follow. */
    Band dividedBy(double positive) {
        return new Band(lower / positive, upper / positive);
    }
}
