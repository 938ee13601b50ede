package id.lindung.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Tells operators, on the source topic's {@code <topic>.dlq}, that a record could never be processed. A dead letter is
 * a pointer, never a copy: its value is a small JSON document (source topic, partition, offset, event id, consumer,
 * quarantine id, reasons) and the same facts are in headers; the record itself stays in the consumer's quarantine (its
 * own database), so no personal data ever lands on a dead-letter topic. The returned future completes when Kafka
 * acknowledged the dead letter, so that a consumer acknowledges its input only once its dead letters are durable.
 */
public final class DeadLetters {

    public static final String REASON_HEADER = "dead-letter-reason";
    public static final String TOPIC_HEADER = "dead-letter-topic";
    public static final String PARTITION_HEADER = "dead-letter-partition";
    public static final String OFFSET_HEADER = "dead-letter-offset";
    public static final String EVENT_ID_HEADER = "dead-letter-event-id";
    public static final String CONSUMER_HEADER = "dead-letter-consumer";
    public static final String QUARANTINE_HEADER = "dead-letter-quarantine-id";

    private static final ObjectMapper JSON = new ObjectMapper();

    private DeadLetters() {
    }

    /** Where the record is and why it was refused; reasons already free of personal data ({@link Reasons}). */
    public record Pointer(String topic, int partition, long offset, String eventId, String consumer,
            UUID quarantineId, List<String> reasons) {

        public static Pointer of(ConsumerRecord<?, ?> record, String eventId, String consumer, UUID quarantineId,
                List<String> reasons) {
            return new Pointer(record.topic(), record.partition(), record.offset(), eventId, consumer, quarantineId,
                    Reasons.scrub(reasons));
        }

        public String json() {
            try {
                return JSON.writeValueAsString(this);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a dead-letter pointer is always serialisable", e);
            }
        }
    }

    /** A UTF-8 header. */
    public static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** The pointer's facts as headers (the reasons joined by {@code "; "}). */
    public static Headers headers(Pointer pointer) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(header(REASON_HEADER, String.join("; ", pointer.reasons())));
        headers.add(header(TOPIC_HEADER, pointer.topic()));
        headers.add(header(PARTITION_HEADER, Integer.toString(pointer.partition())));
        headers.add(header(OFFSET_HEADER, Long.toString(pointer.offset())));
        headers.add(header(CONSUMER_HEADER, pointer.consumer()));
        if (pointer.eventId() != null) {
            headers.add(header(EVENT_ID_HEADER, pointer.eventId()));
        }
        if (pointer.quarantineId() != null) {
            headers.add(header(QUARANTINE_HEADER, pointer.quarantineId().toString()));
        }
        return headers;
    }

    /**
     * Sends the pointer through {@code emitter} with the record's key (an event id or an aggregate id, never personal
     * data on Lindung's topics).
     *
     * @return a future completed when Kafka acknowledged the dead letter, failed when it did not
     */
    public static CompletableFuture<Void> send(Emitter<String> emitter, Object key, Pointer pointer) {
        OutgoingKafkaRecordMetadata<Object> metadata = OutgoingKafkaRecordMetadata.builder()
                .withKey(key)
                .withHeaders(headers(pointer))
                .build();
        CompletableFuture<Void> acked = new CompletableFuture<>();
        emitter.send(Message.of(pointer.json(), Metadata.of(metadata))
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return acked;
    }

    /**
     * Waits until every dead letter is acknowledged.
     *
     * @throws IllegalStateException when one was not, or not within {@code timeout}
     */
    public static void await(List<? extends CompletableFuture<?>> acks, Duration timeout) {
        if (acks.isEmpty()) {
            return;
        }
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not dead-letter " + acks.size() + " records", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "dead-lettering " + acks.size() + " records was not acknowledged within " + timeout, e);
        }
    }
}
