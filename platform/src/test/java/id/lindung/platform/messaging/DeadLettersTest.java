package id.lindung.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DeadLettersTest {

    private static final String NIK = "3603014508900001";

    private static String text(Header header) {
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static DeadLetters.Pointer pointer() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("bpjs.enrollment-events", 3, 42L, "evt-1",
                "{\"nik\":\"" + NIK + "\",\"fullName\":\"Siti Aminah\"}");
        return DeadLetters.Pointer.of(record, "evt-1", "bpjs-enrollment-events", UUID.randomUUID(),
                List.of("nik: " + NIK + " is not a known NIK", "wageBase: must be positive"));
    }

    @Test
    void aDeadLetterIsAPointerWithTheOriginAndReasonsAndNoPayload() throws Exception {
        DeadLetters.Pointer pointer = pointer();
        JsonNode value = new ObjectMapper().readTree(pointer.json());

        assertThat(value.get("topic").asText()).isEqualTo("bpjs.enrollment-events");
        assertThat(value.get("partition").asInt()).isEqualTo(3);
        assertThat(value.get("offset").asLong()).isEqualTo(42);
        assertThat(value.get("eventId").asText()).isEqualTo("evt-1");
        assertThat(value.get("quarantineId").asText()).isEqualTo(pointer.quarantineId().toString());
        assertThat(pointer.json()).doesNotContain(NIK).doesNotContain("Siti");
    }

    @Test
    void reasonsLoseLongDigitRunsSoNoNikCanBeEchoed() {
        assertThat(pointer().reasons()).containsExactly("nik: [digits] is not a known NIK",
                "wageBase: must be positive");
    }

    @Test
    void theHeadersNameTheOriginAndTheReasons() {
        Headers headers = DeadLetters.headers(pointer());

        assertThat(text(headers.lastHeader(DeadLetters.TOPIC_HEADER))).isEqualTo("bpjs.enrollment-events");
        assertThat(text(headers.lastHeader(DeadLetters.PARTITION_HEADER))).isEqualTo("3");
        assertThat(text(headers.lastHeader(DeadLetters.OFFSET_HEADER))).isEqualTo("42");
        assertThat(text(headers.lastHeader(DeadLetters.EVENT_ID_HEADER))).isEqualTo("evt-1");
        assertThat(text(headers.lastHeader(DeadLetters.CONSUMER_HEADER))).isEqualTo("bpjs-enrollment-events");
        assertThat(text(headers.lastHeader(DeadLetters.REASON_HEADER)))
                .isEqualTo("nik: [digits] is not a known NIK; wageBase: must be positive");
    }

    @Test
    void awaitingFailsWhenADeadLetterWasNotAcknowledged() {
        CompletableFuture<Void> nacked = CompletableFuture.failedFuture(new IllegalStateException("broker down"));

        assertThatThrownBy(() -> DeadLetters.await(List.of(CompletableFuture.completedFuture(null), nacked),
                Duration.ofSeconds(1))).isInstanceOf(IllegalStateException.class).hasRootCauseMessage("broker down");
        DeadLetters.await(List.of(CompletableFuture.completedFuture(null)), Duration.ofSeconds(1));
    }
}
