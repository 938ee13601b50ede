package id.lindung.reporting.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;

import id.lindung.contracts.event.CloudEvent;
import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.event.EventTypes;
import id.lindung.reporting.service.EnrollmentProjection;

/**
 * Consumes {@code enrollment.events} in batches: schema-invalid or malformed records go to
 * {@code enrollment.events.dlq}, event types the reports do not use (double-funding findings) are acknowledged without
 * effect, and the rest is applied in one transaction. The batch is acknowledged (and its offsets committed) only after
 * that transaction and the dead letters succeeded.
 */
@ApplicationScoped
public class EnrollmentEventsConsumer {

    private static final Set<String> APPLIED = Set.of(EventTypes.ENROLLMENT_ACTIVATED, EventTypes.ENROLLMENT_CHANGED,
            EventTypes.ENROLLMENT_ENDED);
    private static final TypeReference<CloudEvent<EnrollmentChange>> EVENT = new TypeReference<>() {
    };

    @Inject
    ObjectMapper mapper;

    @Inject
    EnrollmentProjection projection;

    @Inject
    DeadLetterQueues deadLetters;

    @Inject
    Retrier retrier;

    @Inject
    MeterRegistry meters;

    @Incoming("enrollment-events")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        IncomingEvent.Poll<EnrollmentChange> poll = IncomingEvent.sort(mapper, records, APPLIED, EVENT);
        retrier.untilDone("dead-lettering", () -> {
            deadLetters.send(poll.dead());
            return null;
        });
        EnrollmentProjection.Outcome outcome = retrier.untilDone("enrollment projection",
                () -> projection.apply(poll.events()));
        meters.counter("lindung.reporting.events", "topic", EventTypes.ENROLLMENT_TOPIC, "outcome", "applied")
                .increment(outcome.applied());
        meters.counter("lindung.reporting.events", "topic", EventTypes.ENROLLMENT_TOPIC, "outcome", "duplicate")
                .increment(outcome.duplicates());
        meters.counter("lindung.reporting.events", "topic", EventTypes.ENROLLMENT_TOPIC, "outcome", "stale")
                .increment(outcome.stale());
        meters.counter("lindung.reporting.events", "topic", EventTypes.ENROLLMENT_TOPIC, "outcome", "ignored")
                .increment(poll.ignored());
    }
}
