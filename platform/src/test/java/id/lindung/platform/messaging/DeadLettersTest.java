package id.lindung.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    private static String text(Header header) {
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static ConsumerRecord<String, String> incoming() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("enrollment.events", 3, 42L, "key-1", "{}");
        record.headers().add(DeadLetters.header("ce_type", "enrollment.activated.v1"));
        return record;
    }

    @Test
    void aDeadLetterKeepsTheOriginalHeadersAndNamesItsReasonAndOrigin() {
        Headers headers = DeadLetters.headers(DeadLetters.Origin.of(incoming()), "schema: data.programme missing",
                List.of());

        assertThat(text(headers.lastHeader("ce_type"))).isEqualTo("enrollment.activated.v1");
        assertThat(text(headers.lastHeader(DeadLetters.REASON_HEADER))).isEqualTo("schema: data.programme missing");
        assertThat(text(headers.lastHeader(DeadLetters.TOPIC_HEADER))).isEqualTo("enrollment.events");
        assertThat(text(headers.lastHeader(DeadLetters.PARTITION_HEADER))).isEqualTo("3");
        assertThat(text(headers.lastHeader(DeadLetters.OFFSET_HEADER))).isEqualTo("42");
    }

    @Test
    void extraHeadersFollowInTheirOrderAndMayRepeat() {
        Headers headers = DeadLetters.headers(DeadLetters.Origin.of(incoming()), "two problems",
                List.of(DeadLetters.header("dead-letter-reasons", "a: missing"),
                        DeadLetters.header("dead-letter-reasons", "b: too long"),
                        DeadLetters.header("dead-letter-consumer", "budget")));

        List<String> reasons = new ArrayList<>();
        headers.headers("dead-letter-reasons").forEach(header -> reasons.add(text(header)));
        assertThat(reasons).containsExactly("a: missing", "b: too long");
        assertThat(text(headers.lastHeader("dead-letter-consumer"))).isEqualTo("budget");
        assertThat(text(headers.lastHeader(DeadLetters.REASON_HEADER))).isEqualTo("two problems");
    }

    @Test
    void theOriginalRecordIsLeftUntouched() {
        ConsumerRecord<String, String> record = incoming();
        DeadLetters.headers(DeadLetters.Origin.of(record), "bad", List.of(DeadLetters.header("x", "y")));

        assertThat(record.headers().toArray()).hasSize(1);
    }

    @Test
    void awaitingFailsWhenADeadLetterWasNotAcknowledged() {
        CompletableFuture<Void> nacked = CompletableFuture.failedFuture(new IllegalStateException("broker down"));

        org.assertj.core.api.Assertions
                .assertThatThrownBy(() -> DeadLetters.await(List.of(CompletableFuture.completedFuture(null), nacked),
                        Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class).hasRootCauseMessage("broker down");
        DeadLetters.await(List.of(CompletableFuture.completedFuture(null)), Duration.ofSeconds(1));
    }
}
