package id.lindung.reporting.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import id.lindung.reporting.config.ReportingConfig;

class RetrierTest {

    private static Retrier retrier() {
        Retrier retrier = new Retrier();
        retrier.config = new ReportingConfig() {
            @Override
            public ZoneId zone() {
                return ZoneId.of("Asia/Jakarta");
            }

            @Override
            public Duration retryInitialDelay() {
                return Duration.ofMillis(1);
            }

            @Override
            public Duration retryMaxDelay() {
                return Duration.ofMillis(4);
            }

            @Override
            public Duration processedEventRetention() {
                return Duration.ofDays(14);
            }
        };
        return retrier;
    }

    @Test
    void aBatchWhoseTransactionFailsForAPassingReasonIsRetriedUntilItSucceeds() {
        AtomicInteger attempts = new AtomicInteger();

        String result = retrier().untilDone("test", () -> {
            if (attempts.incrementAndGet() < 4) {
                throw new IllegalStateException("database unreachable");
            }
            return "applied";
        });

        assertThat(result).isEqualTo("applied");
        assertThat(attempts).hasValue(4);
    }
}
