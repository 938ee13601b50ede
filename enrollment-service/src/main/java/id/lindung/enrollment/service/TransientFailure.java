package id.lindung.enrollment.service;

import java.util.Set;

import id.lindung.platform.messaging.TransientFailures;

/**
 * A failure enrollment knows to be worth retrying (a concurrent writer got there first, retries ran out while the
 * database was away). Whether any failure is transient is {@link #isTransient}: the platform's classification, plus the
 * SQL states enrollment's own writes may retry.
 */
public final class TransientFailure extends RuntimeException implements TransientFailures.Retryable {

    /** A concurrent writer inserted the same participant first (a retry finds it), or a lock was not available. */
    public static final Set<String> RETRYABLE_STATES = Set.of("23505", "55P03");

    public TransientFailure(String message) {
        super(message);
    }

    public static boolean isTransient(Throwable failure) {
        return TransientFailures.isTransient(failure, RETRYABLE_STATES);
    }
}
