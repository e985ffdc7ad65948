package uk.nhs.talent.gateway.projection;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The composition of a cell's pool by one characteristic, from disclosure-controlled published shares: for each
 * pool stage, each category's share. A suppressed figure hides its categories; {@link #withUnknownRemainder} puts
 * what the published shares leave over into an explicit {@value #UNKNOWN} category, projected like any other.
 *
 * <p>A stage's shares must sum to 1 within {@value #TOLERANCE} (published rounding). They are then divided by
 * their sum, spreading the rounding pro rata, so that the categories' projections add up to the cell's and not to
 * a millionth more or less.
 *
 * @param characteristic e.g. "ethnicity"
 * @param shares for each of the three pool stages, category → share
 */
public record CharacteristicShares(String characteristic, Map<PipelineState, Map<String, Double>> shares) {

    public static final String UNKNOWN = "UNKNOWN";
    public static final double TOLERANCE = 1e-6;

    /** @throws IllegalArgumentException naming the stage, unless each pool stage has shares in [0, 1] summing to 1 */
    public CharacteristicShares {
        Require.notBlank("characteristic", characteristic);
        Map<PipelineState, Map<String, Double>> checked = new EnumMap<>(PipelineState.class);
        Require.enumKeyed("shares", shares, PipelineState.class).forEach((stage, byCategory) -> {
            if (!stage.isPool()) {
                throw new IllegalArgumentException("shares are only for pool stages, not " + stage);
            }
            checked.put(stage, normalised(stage, byCategory));
        });
        if (checked.size() != PipelineState.POOL_STATES) {
            throw new IllegalArgumentException(
                    "shares must be given for each pool stage but were for " + checked.keySet());
        }
        shares = Collections.unmodifiableMap(checked);
    }

    /**
     * The published shares of each pool stage, plus an {@value #UNKNOWN} category holding what they leave over. A
     * stage with no published share at all is entirely {@value #UNKNOWN}.
     *
     * @throws IllegalArgumentException if a stage's published shares sum above 1
     */
    public static CharacteristicShares withUnknownRemainder(
            String characteristic, Map<PipelineState, Map<String, Double>> published) {
        Require.present("published", published);
        Map<PipelineState, Map<String, Double>> completed = new EnumMap<>(PipelineState.class);
        for (PipelineState stage : PipelineState.values()) {
            if (stage.isPool()) {
                Map<String, Double> shares = new TreeMap<>(published.getOrDefault(stage, Map.of()));
                double remainder = 1 - shares.values().stream().mapToDouble(Double::doubleValue).sum();
                if (remainder > TOLERANCE) {
                    shares.merge(UNKNOWN, remainder, Double::sum);
                }
                completed.put(stage, shares);
            }
        }
        return new CharacteristicShares(characteristic, completed);
    }

    /** Every category of any stage, in alphabetical order. */
    public List<String> categories() {
        TreeSet<String> categories = new TreeSet<>();
        shares.values().forEach(byCategory -> categories.addAll(byCategory.keySet()));
        return List.copyOf(categories);
    }

    /** A category's share of a pool stage; 0 where the stage does not have it. */
    public double share(PipelineState stage, String category) {
        return shares.get(stage).getOrDefault(category, 0.0);
    }

    private static Map<String, Double> normalised(PipelineState stage, Map<String, Double> byCategory) {
        String field = "shares[" + stage + "]";
        Map<String, Double> sorted = new TreeMap<>();
        double sum = 0;
        for (Map.Entry<String, Double> share : byCategory.entrySet()) {
            String category = Require.notBlank(field + " category", share.getKey());
            double value = Require.probability(field + "[" + category + "]",
                    Require.present(field + "[" + category + "]", share.getValue()));
            sorted.put(category, value);
            sum += value;
        }
        if (Math.abs(sum - 1) > TOLERANCE) {
            throw new IllegalArgumentException(field + " must sum to 1 (within " + TOLERANCE + ") but sum to " + sum);
        }
        Map<String, Double> normalised = new LinkedHashMap<>();
        for (Map.Entry<String, Double> share : sorted.entrySet()) {
            normalised.put(share.getKey(), share.getValue() / sum);
        }
        return Collections.unmodifiableMap(normalised);
    }
}
