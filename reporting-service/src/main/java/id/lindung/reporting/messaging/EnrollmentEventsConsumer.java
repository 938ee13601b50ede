package id.lindung.reporting.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;

import id.lindung.contracts.event.CloudEvent;
import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.event.EventTypes;
import id.lindung.reporting.messaging.DeadLetterQueues.DeadLetter;
import id.lindung.reporting.service.EnrollmentProjection;

/**
 * Consumes {@code enrollment.events} in batches: schema-invalid or malformed records go to
 * {@code enrollment.events.dlq}, event types the reports do not use (double-funding findings) are acknowledged without
 * effect, and the rest is applied in one transaction. The batch is acknowledged (and its offsets committed) only after
 * that transaction and the dead letters succeeded.
 */
@ApplicationScoped
public class EnrollmentEventsConsumer {

    private static final Logger LOG = Logger.getLogger(EnrollmentEventsConsumer.class);
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
        List<CloudEvent<EnrollmentChange>> events = new ArrayList<>(records.count());
        List<DeadLetter> dead = new ArrayList<>();
        int ignored = 0;
        for (ConsumerRecord<String, byte[]> record : records) {
            switch (IncomingEvent.read(mapper, record.value(), APPLIED)) {
                case IncomingEvent.Applicable applicable -> {
                    try {
                        events.add(mapper.convertValue(applicable.event(), EVENT));
                    } catch (IllegalArgumentException e) {
                        dead.add(new DeadLetter(record, "unreadable: " + e.getMessage()));
                    }
                }
                case IncomingEvent.Ignored other -> {
                    ignored++;
                    LOG.debugf("ignoring %s at %s-%d@%d", other.type(), record.topic(), record.partition(),
                            record.offset());
                }
                case IncomingEvent.Invalid invalid -> dead.add(new DeadLetter(record, invalid.reason()));
            }
        }
        retrier.untilDone("dead-lettering", () -> {
            deadLetters.send(dead);
            return null;
        });
        EnrollmentProjection.Outcome outcome = retrier.untilDone("enrollment projection",
                () -> projection.apply(events));
        meters.counter("lindung.reporting.events", "topic", EventTypes.ENROLLMENT_TOPIC, "outcome", "applied")
                .increment(outcome.applied());
        meters.counter("lindung.reporting.events", "topic", EventTypes.ENROLLMENT_TOPIC, "outcome", "duplicate")
                .increment(outcome.duplicates());
        meters.counter("lindung.reporting.events", "topic", EventTypes.ENROLLMENT_TOPIC, "outcome", "stale")
                .increment(outcome.stale());
        meters.counter("lindung.reporting.events", "topic", EventTypes.ENROLLMENT_TOPIC, "outcome", "ignored")
                .increment(ignored);
    }
}
