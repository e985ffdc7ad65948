package uk.nhs.talent.gateway.projection;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A what-if, applied to a cell's rates before it is projected. Factors multiply annual probabilities; where that
 * pushes a state's outgoing sum above 1, {@link OutgoingCap} scales the state's moves down in proportion, so a
 * doubled development rate can at most empty the state, never project negative people.
 *
 * @param name shown beside the baseline
 * @param developmentRateFactor multiplies both development moves (3+ years → 1–2 years, 1–2 years → ready now)
 * @param attritionFactor multiplies the exit moves from every pool state: 0.8 is 20% lower attrition
 * @param extraEntrantsPerYear more pool places: people added to {@link PipelineState#THREE_PLUS_YEARS} each year
 *     in every cell, on top of its own entrants. Per cell rather than a national total spread pro rata, so that a
 *     cell's answer does not depend on which other cells run beside it
 * @param groupDevelopmentFactors a further factor on the development moves of one category of the characteristic
 *     a cell's composition is given by (e.g. "BLACK" → 1.2). A category a cell does not have, and a cell without
 *     composition, are unaffected
 */
public record Scenario(
        String name, double developmentRateFactor, double attritionFactor, double extraEntrantsPerYear,
        Map<String, Double> groupDevelopmentFactors) {

    /** Everything as estimated: all factors 1, nothing extra. */
    public static final Scenario BASELINE = new Scenario("baseline", 1, 1, 0, Map.of());

    /** @throws IllegalArgumentException naming the field, for a blank name or a negative or non-finite figure */
    public Scenario {
        Require.notBlank("name", name);
        Require.nonNegative("developmentRateFactor", developmentRateFactor);
        Require.nonNegative("attritionFactor", attritionFactor);
        Require.nonNegative("extraEntrantsPerYear", extraEntrantsPerYear);
        Require.present("groupDevelopmentFactors", groupDevelopmentFactors).forEach((category, factor) -> {
            Require.notBlank("groupDevelopmentFactors key", category);
            String field = "groupDevelopmentFactors[" + category + "]";
            Require.nonNegative(field, Require.present(field, factor));
        });
        // Sorted: the same scenario is written the same way in every answer.
        groupDevelopmentFactors = Collections.unmodifiableMap(new TreeMap<>(groupDevelopmentFactors));
    }

    /** What the scenario multiplies a move's probability by, for one category ({@code null}: a whole cell). */
    public double factor(Move move, String category) {
        return switch (move.kind()) {
            case DEVELOPMENT -> developmentRateFactor * groupFactor(category);
            case EXIT -> attritionFactor;
            case APPOINTMENT -> 1;
        };
    }

    /** The further development factor of one category: 1 for a category not named, and for a whole cell. */
    public double groupFactor(String category) {
        return category == null ? 1 : groupDevelopmentFactors.getOrDefault(category, 1.0);
    }
}
