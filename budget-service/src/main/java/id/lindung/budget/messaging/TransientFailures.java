package id.lindung.budget.messaging;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;

import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Tells a failure that goes away by itself (the database is down or restarting, a connection timed out, a deadlock or
 * serialization failure) from one that will recur for the same input. Transient failures are retried, never
 * dead-lettered.
 */
final class TransientFailures {

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        for (Throwable cause : chain) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && permanentState(sql.getSQLState())) {
                return false;
            }
        }
        for (Throwable cause : chain) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof JDBCConnectionException || cause instanceof LockAcquisitionException
                    || cause instanceof PessimisticLockException || cause instanceof LockTimeoutException
                    || cause instanceof QueryTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state == null
                        ? String.valueOf(sql.getMessage()).contains("Acquisition timeout")
                        : transientState(state)) {
                    return true;
                }
            }
            if (cause instanceof jakarta.transaction.RollbackException
                    || cause.getClass().getName().startsWith("com.arjuna")) {
                return true;
            }
        }
        return false;
    }

    /** Connection exceptions, transaction rollbacks (serialization, deadlock), resources, operator intervention. */
    private static boolean transientState(String state) {
        return state.startsWith("08") || state.startsWith("40") || state.startsWith("53") || state.startsWith("57")
                || state.startsWith("58");
    }

    /** Integrity, data and syntax errors: the same input fails the same way again. */
    private static boolean permanentState(String state) {
        return state.startsWith("22") || state.startsWith("23") || state.startsWith("42");
    }
}
