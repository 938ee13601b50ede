package id.lindung.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    private static RuntimeException wrapped(Throwable cause) {
        return new IllegalStateException("batch failed", new RuntimeException("flush failed", cause));
    }

    @Test
    void aLostOrRefusedDatabaseConnectionIsTransient() {
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("connection refused", "08001")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("terminating connection", "57P01"))))
                .isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLTransientConnectionException("pool exhausted"))))
                .isTrue();
        assertThat(TransientFailures.isTransient(new JDBCConnectionException("gone", new SQLException("gone"))))
                .isTrue();
    }

    @Test
    void aConnectionThatCannotBeOpenedIsTransientWhateverTheServerSaid() {
        assertThat(TransientFailures.isTransient(wrapped(new org.hibernate.exception.GenericJDBCException(
                "Unable to acquire JDBC Connection [FATAL: database \"budget\" is not currently accepting connections]",
                new SQLException("FATAL: database \"budget\" is not currently accepting connections", "55000")))))
                .isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("object in use", "55000")))).isFalse();
    }

    @Test
    void aConnectionPoolTimeoutIsTransient() {
        assertThat(TransientFailures.isTransient(wrapped(new SQLException(
                "Acquisition timeout while waiting for new connection")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("Sorry, acquisition timeout!")))).isTrue();
    }

    @Test
    void deadlocksAndSerializationFailuresAreTransient() {
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("could not serialize", "40001"))))
                .isTrue();
    }

    @Test
    void integrityDataAndSyntaxErrorsRecurAndAreNot() {
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("numeric overflow", "22003")))).isFalse();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("syntax error", "42601")))).isFalse();
    }

    @Test
    void aFailureOfOurOwnCodeIsNotTransient() {
        assertThat(TransientFailures.isTransient(new NullPointerException("bug"))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("bad input"))).isFalse();
    }

    @Test
    void aCallerMayDeclareItsOwnRetryableStates() {
        RuntimeException concurrentInsert = wrapped(new SQLException("duplicate key", "23505"));
        assertThat(TransientFailures.isTransient(concurrentInsert, Set.of("23505"))).isTrue();
        assertThat(TransientFailures.isTransient(concurrentInsert)).isFalse();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("fk", "23503")), Set.of("23505")))
                .isFalse();
    }

    @Test
    void aFailureItsThrowerMarksRetryableIsTransient() {
        class ConcurrentWriter extends RuntimeException implements TransientFailures.Retryable {
        }
        assertThat(TransientFailures.isTransient(wrapped(new ConcurrentWriter()))).isTrue();
    }
}
