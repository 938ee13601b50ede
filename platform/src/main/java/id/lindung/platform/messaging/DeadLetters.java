package id.lindung.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
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

import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends a record that can never be processed to a dead-letter topic ({@code <topic>.dlq}, through the given
 * {@link Emitter}) with its original key, value and headers, plus the reason and its origin in the headers SmallRye's
 * dead-letter-queue strategy uses. The returned future completes when Kafka acknowledged the dead letter, so that a
 * consumer acknowledges its input (commits its offsets) only once its dead letters are durable.
 */
public final class DeadLetters {

    public static final String REASON_HEADER = "dead-letter-reason";
    public static final String TOPIC_HEADER = "dead-letter-topic";
    public static final String PARTITION_HEADER = "dead-letter-partition";
    public static final String OFFSET_HEADER = "dead-letter-offset";

    private DeadLetters() {
    }

    /** Where a dead letter comes from: the incoming record's coordinates, key and headers. */
    public record Origin(String topic, int partition, long offset, Object key, Iterable<Header> headers) {

        public static Origin of(ConsumerRecord<?, ?> record) {
            return new Origin(record.topic(), record.partition(), record.offset(), record.key(), record.headers());
        }

        public static Origin of(KafkaRecord<?, ?> record) {
            long offset = record.getMetadata(IncomingKafkaRecordMetadata.class)
                    .map(IncomingKafkaRecordMetadata::getOffset).orElse(-1L);
            return new Origin(record.getTopic(), record.getPartition(), offset, record.getKey(), record.getHeaders());
        }
    }

    /** A UTF-8 header, for the extra headers of {@link #headers} and {@link #send}. */
    public static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The dead letter's headers: the original ones, then the reason, topic, partition and offset, then the extra ones
     * in their order.
     */
    public static Headers headers(Origin origin, String reason, List<Header> extra) {
        RecordHeaders headers = new RecordHeaders();
        if (origin.headers() != null) {
            origin.headers().forEach(headers::add);
        }
        headers.add(header(REASON_HEADER, reason));
        headers.add(header(TOPIC_HEADER, origin.topic()));
        headers.add(header(PARTITION_HEADER, Integer.toString(origin.partition())));
        headers.add(header(OFFSET_HEADER, Long.toString(origin.offset())));
        extra.forEach(headers::add);
        return headers;
    }

    /**
     * Sends {@code payload} (the original value; never null, a Kafka message needs one) through {@code emitter} with
     * the origin's key and the dead-letter headers.
     *
     * @return a future completed when Kafka acknowledged the dead letter, failed when it did not
     */
    public static <T> CompletableFuture<Void> send(Emitter<T> emitter, Origin origin, T payload, String reason,
            List<Header> extra) {
        OutgoingKafkaRecordMetadata<Object> metadata = OutgoingKafkaRecordMetadata.builder()
                .withKey(origin.key())
                .withHeaders(headers(origin, reason, extra))
                .build();
        CompletableFuture<Void> acked = new CompletableFuture<>();
        emitter.send(Message.of(payload, Metadata.of(metadata))
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

    /** {@link #send(Emitter, Origin, Object, String, List)} without extra headers. */
    public static <T> CompletableFuture<Void> send(Emitter<T> emitter, Origin origin, T payload, String reason) {
        return send(emitter, origin, payload, reason, List.of());
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
