package id.lindung.platform.messaging;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;

import org.hibernate.JDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Tells a failure that goes away by itself (the database is down or restarting, a connection timed out or was closed, a
 * deadlock or serialization failure) from one that will recur for the same input. Transient failures are retried,
 * never dead-lettered.
 */
public final class TransientFailures {

    /** Implemented by a service's own exception for a failure it knows to be worth retrying. */
    public interface Retryable {
    }

    /**
     * How Hibernate names a failure to open a connection, whatever the server's reason (down, refusing connections to
     * the database, restarting): no record is at fault.
     */
    private static final String NO_CONNECTION = "Unable to acquire JDBC Connection";

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        return isTransient(failure, Set.of());
    }

    /**
     * @param alsoRetryable SQL states the caller knows to be transient for its own work (e.g. {@code 23505} when a
     *        concurrent writer inserts the same row and a retry sees it), checked before the general classification
     */
    public static boolean isTransient(Throwable failure, Set<String> alsoRetryable) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        for (Throwable cause : chain) {
            if (cause instanceof Retryable) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && alsoRetryable.contains(sql.getSQLState())) {
                return true;
            }
        }
        for (Throwable cause : chain) {
            if (cause instanceof JDBCException jdbc && String.valueOf(jdbc.getMessage()).startsWith(NO_CONNECTION)) {
                return true;
            }
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
                if (state == null ? poolFailure(sql.getMessage()) : transientState(state)) {
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

    /** The pool's own failures carry no SQL state: acquisition timeouts and connections closed under us. */
    private static boolean poolFailure(String message) {
        String text = String.valueOf(message).toLowerCase(Locale.ROOT);
        return text.contains("acquisition timeout") || text.contains("connection is closed")
                || text.contains("connection has been closed");
    }
}
