package uk.nhs.talent.diversity.periods;

import uk.nhs.talent.commons.problem.ApiProblem;

/** A report query's period, read as a financial quarter or refused as a 400 problem: one rule for every report. */
public final class QueryPeriods {

    private QueryPeriods() {
    }

    public static FinancialQuarter quarter(String period) {
        try {
            return FinancialQuarter.parse(period);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField("period", "must be a financial quarter such as 2025-26-Q3");
        }
    }
}
