package uk.nhs.talent.gateway.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import uk.nhs.talent.events.slsf.TurnoverAssumption;
import uk.nhs.talent.events.vacancy.Level;

/**
 * The annual turnover assumed for key posts with no known leaving date, per level: expected vacancies within a
 * year are the posts whose incumbent is known to leave plus this share of the others.
 */
public final class TurnoverAssumptions {

    private final Map<Level, BigDecimal> rates;

    /** @throws IllegalArgumentException unless every level has a rate from 0 to 1 */
    public TurnoverAssumptions(Map<Level, BigDecimal> rates) {
        EnumMap<Level, BigDecimal> checked = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            BigDecimal rate = rates.get(level);
            if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("talent.reports.turnover." + level
                        + " must be an annual rate from 0 to 1, is " + rate);
            }
            // Published with three decimals: a rate with more would be published as another than the one used.
            if (rate.stripTrailingZeros().scale() > 3) {
                throw new IllegalArgumentException("talent.reports.turnover." + level
                        + " must have at most three decimals, is " + rate);
            }
            checked.put(level, rate);
        }
        this.rates = checked;
    }

    public BigDecimal rate(Level level) {
        return rates.get(level);
    }

    /** In level order, as the contract carries them. */
    public List<TurnoverAssumption> asList() {
        List<TurnoverAssumption> list = new ArrayList<>();
        rates.forEach((level, rate) -> list.add(new TurnoverAssumption(level, rate)));
        return List.copyOf(list);
    }
}
