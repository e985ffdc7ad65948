package uk.nhs.talent.events.slsf;

import java.math.BigDecimal;

import uk.nhs.talent.events.vacancy.Level;

/**
 * The configured annual turnover of a level's key posts without a known leaving date, used for expected
 * vacancies.
 *
 * @param annualRate the share of those posts expected to fall vacant in a year, 0 to 1, three decimals
 */
public record TurnoverAssumption(Level level, BigDecimal annualRate) {

    public TurnoverAssumption {
        annualRate = Decimals.scaled(annualRate, 3);
    }
}
