package uk.nhs.talent.persistence.inbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/** Tells a failure worth retrying from one that will fail the same way every time. Plain Java. */
public final class FailureKinds {

    /**
     * SQLSTATE classes and codes that another try may not meet: connection exceptions (08), transaction
     * rollbacks such as serialization failures and deadlocks (40), insufficient resources (53), operator
     * intervention such as a server restart (57) and a lock not available within lock_timeout (55P03).
     */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53", "57");
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private FailureKinds() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PoisonEvent) {
                return false;
            }
            if (cause instanceof TransientFailure || cause instanceof OptimisticLockException
                    || cause instanceof StaleStateException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException || cause instanceof QueryTimeoutException
                    || cause instanceof LockAcquisitionException || cause instanceof JDBCConnectionException
                    || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                return state.equals(LOCK_NOT_AVAILABLE) || TRANSIENT_CLASSES.contains(state.substring(0, 2));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
