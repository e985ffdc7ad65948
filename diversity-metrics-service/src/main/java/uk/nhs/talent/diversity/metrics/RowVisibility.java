package uk.nhs.talent.diversity.metrics;

import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.security.Caller;
import uk.nhs.talent.commons.security.Roles;

/**
 * Which rows of a diversity table the caller sees, for every report of them: analysts every row; a forum lead only
 * their own region's rows, of a breakdown by region (any other: 403).
 */
@ApplicationScoped
public class RowVisibility {

    private final Caller caller;

    public RowVisibility(Caller caller) {
        this.caller = caller;
    }

    /** The regions whose rows of a table in this breakdown the caller sees (a row's region, null on national rows). */
    public Predicate<String> regions(Breakdown breakdown) {
        if (caller.hasRole(Roles.NATIONAL_ANALYST)) {
            return region -> true;
        }
        String own = caller.region().orElseThrow(
                () -> ApiProblem.forbidden("A forum lead's token names no region"));
        if (!breakdown.byRegion()) {
            throw ApiProblem.forbidden("Forum leads see the by-region breakdowns of their own region only");
        }
        return own::equals;
    }
}
