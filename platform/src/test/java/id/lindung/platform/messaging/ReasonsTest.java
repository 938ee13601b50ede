package id.lindung.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class ReasonsTest {

    @Test
    void aFailureIsNamedByItsTypeAndSqlStateNeverByItsMessage() {
        RuntimeException failure = new IllegalStateException("insert failed",
                new SQLException("Key (nik_hash)=(3603014508900001) already exists", "23505"));

        assertThat(Reasons.of(failure)).isEqualTo("could not be applied (IllegalStateException, SQL state 23505)");
    }

    @Test
    void shortNumbersStayAndLongTextIsCut() {
        assertThat(Reasons.scrub("riskClass: must be 1 to 5")).isEqualTo("riskClass: must be 1 to 5");
        assertThat(Reasons.scrub("x".repeat(1000))).hasSize(301);
    }
}
