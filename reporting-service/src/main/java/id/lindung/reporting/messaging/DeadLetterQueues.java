package id.lindung.reporting.messaging;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;

import id.lindung.platform.messaging.DeadLetters;

/**
 * Sends records that can never be processed to the source topic's {@code .dlq} (through the platform's
 * {@link DeadLetters}), unchanged, with the reason and the origin in headers. A batch is acknowledged only after its
 * dead letters are.
 */
@ApplicationScoped
public class DeadLetterQueues {

    private static final Logger LOG = Logger.getLogger(DeadLetterQueues.class);

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
        DeadLetters.await(letters.stream().map(this::send).toList(), Duration.ofSeconds(30));
    }

    private CompletableFuture<Void> send(DeadLetter letter) {
        ConsumerRecord<String, byte[]> record = letter.record();
        LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                letter.reason());
        meters.counter("lindung.reporting.events.dead_lettered", "topic", record.topic()).increment();
        Emitter<byte[]> emitter = record.topic().startsWith("budget") ? budgetDlq : enrollmentDlq;
        return DeadLetters.send(emitter, DeadLetters.Origin.of(record),
                record.value() == null ? new byte[0] : record.value(), letter.reason());
    }
}
