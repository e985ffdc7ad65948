package uk.nhs.talent.diversity.likelihood;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.diversity.periods.FinancialQuarter;

/** A query's period, read as a financial quarter or refused as a 400 problem. */
final class Periods {

    private Periods() {
    }

    static FinancialQuarter quarter(String period) {
        try {
            return FinancialQuarter.parse(period);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField("period", "must be a financial quarter such as 2025-26-Q3");
        }
    }
}
