package id.lindung.reporting.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends records that can never be processed to the source topic's {@code .dlq}, unchanged, with the reason and the
 * origin in headers (the same names SmallRye's dead-letter-queue strategy uses). A batch is acknowledged only after
 * its dead letters are.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    /** A record of the batch with why it is dead-lettered. */
    public record DeadLetter(ConsumerRecord<String, byte[]> record, String reason) {
    }

    @Inject
    @Channel("enrollment-events-dlq")
    Emitter<byte[]> enrollmentDlq;

    @Inject
    @Channel("budget-events-dlq")
    Emitter<byte[]> budgetDlq;

    @Inject
    MeterRegistry meters;

    /** Sends the records and waits until Kafka acknowledged every one. */
    public void send(List<DeadLetter> letters) {
        if (letters.isEmpty()) {
            return;
        }
        CompletableFuture<?>[] acks = letters.stream().map(this::send).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(acks).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (Exception e) {
            throw new IllegalStateException("could not dead-letter " + letters.size() + " records", e);
        }
    }

    private CompletableFuture<Void> send(DeadLetter letter) {
        ConsumerRecord<String, byte[]> record = letter.record();
        LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                letter.reason());
        meters.counter("lindung.reporting.events.dead_lettered", "topic", record.topic()).increment();
        RecordHeaders headers = new RecordHeaders();
        record.headers().forEach(headers::add);
        headers.add("dead-letter-reason", utf8(letter.reason()));
        headers.add("dead-letter-topic", utf8(record.topic()));
        headers.add("dead-letter-partition", utf8(Integer.toString(record.partition())));
        headers.add("dead-letter-offset", utf8(Long.toString(record.offset())));
        CompletableFuture<Void> acked = new CompletableFuture<>();
        Message<byte[]> message = Message.of(record.value() == null ? new byte[0] : record.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(record.key()).withHeaders(headers)
                        .build())
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        Emitter<byte[]> emitter = record.topic().startsWith("budget") ? budgetDlq : enrollmentDlq;
        emitter.send(message);
        return acked;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
