package uk.nhs.talent.diversity.metrics;

import java.util.function.Predicate;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.security.Caller;
import uk.nhs.talent.commons.security.Roles;

/**
 * Which rows of a published breakdown a caller sees, by the row's region: analysts every row; a forum lead only
 * their own region's rows, of a breakdown by region (any other is refused, as its rows would mix regions).
 */
public final class VisibleRegions {

    private VisibleRegions() {
    }

    /** @return a test of a row's region code (null in a breakdown not by region) */
    public static Predicate<String> of(Caller caller, Breakdown breakdown) {
        if (caller.hasRole(Roles.NATIONAL_ANALYST)) {
            return region -> true;
        }
        String own = caller.region().orElseThrow(() -> ApiProblem.forbidden("A forum lead's token names no region"));
        if (!breakdown.byRegion()) {
            throw ApiProblem.forbidden("Forum leads see the breakdowns by region, their own region's rows");
        }
        return own::equals;
    }
}
