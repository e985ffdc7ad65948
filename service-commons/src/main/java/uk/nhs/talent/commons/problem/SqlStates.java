package uk.nhs.talent.commons.problem;

import java.sql.SQLException;
import java.util.Set;

/** PostgreSQL's SQLSTATE codes the services act on, and how to find one in a failure's causes. */
public final class SqlStates {

    public static final String UNIQUE_VIOLATION = "23505";
    public static final String SERIALIZATION_FAILURE = "40001";
    public static final String DEADLOCK_DETECTED = "40P01";

    /**
     * A refusal caused by a concurrent transaction, not by this one's input: a unique key taken meanwhile (the
     * loser of a check-then-insert race), a serialization failure, a deadlock. The transaction was rolled back,
     * so nothing is half-written, and the caller may retry.
     */
    public static final Set<String> CONCURRENT = Set.of(UNIQUE_VIOLATION, SERIALIZATION_FAILURE, DEADLOCK_DETECTED);

    private SqlStates() {
    }

    /** Whether a database refusal with one of {@code states} is among the causes of {@code failure}. */
    public static boolean causedBy(Throwable failure, Set<String> states) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && states.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
