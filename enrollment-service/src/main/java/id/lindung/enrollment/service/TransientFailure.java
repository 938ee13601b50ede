package id.lindung.enrollment.service;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells failures worth retrying (database unreachable or restarting, serialization failures, deadlocks, a concurrent
 * writer that created the same participant first) from the ones a retry cannot fix.
 */
public final class TransientFailure extends RuntimeException {

    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01", "23505", "55P03");

    public TransientFailure(String message) {
        super(message);
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientFailure) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                // no state: pool acquisition timeouts and closed connections
                return state == null || state.startsWith("08") || state.startsWith("53") || state.startsWith("57")
                        || RETRYABLE_STATES.contains(state);
            }
            if (cause.getClass().getName().endsWith("JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }
}
