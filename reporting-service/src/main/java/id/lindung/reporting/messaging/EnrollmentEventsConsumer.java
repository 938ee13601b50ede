package id.lindung.reporting.messaging;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Blocking;

import id.lindung.contracts.event.CloudEvent;
import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.event.EventTypes;
import id.lindung.platform.messaging.ConsumerChannel;
import id.lindung.platform.messaging.PollProcessor;
import id.lindung.platform.messaging.RecordHandler;
import id.lindung.reporting.service.EnrollmentProjection;

/**
 * Consumes {@code enrollment.events} through the platform's consumer pattern ({@link PollProcessor}): schema-invalid
 * or malformed records are quarantined and dead-lettered as pointers, event types the reports do not use
 * (double-funding findings) are acknowledged without effect, and the rest of a poll is applied in one transaction.
 */
@ApplicationScoped
public class EnrollmentEventsConsumer implements RecordHandler<CloudEvent<EnrollmentChange>> {

    public static final String CHANNEL = "enrollment-events";
    private static final Set<String> APPLIED = Set.of(EventTypes.ENROLLMENT_ACTIVATED, EventTypes.ENROLLMENT_CHANGED,
            EventTypes.ENROLLMENT_ENDED);
    private static final TypeReference<CloudEvent<EnrollmentChange>> EVENT = new TypeReference<>() {
    };

    @Inject
    ObjectMapper mapper;

    @Inject
    EnrollmentProjection projection;

    @Inject
    PollProcessor processor;

    @Inject
    @Channel("enrollment-events-dlq")
    Emitter<String> deadLetters;

    private ConsumerChannel<CloudEvent<EnrollmentChange>> channel;

    void register(@Observes StartupEvent event) {
        processor.register(channel());
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        processor.process(channel(), records);
    }

    private ConsumerChannel<CloudEvent<EnrollmentChange>> channel() {
        if (channel == null) {
            channel = new ConsumerChannel<>(CHANNEL, deadLetters, this);
        }
        return channel;
    }

    @Override
    public Verdict<CloudEvent<EnrollmentChange>> read(ConsumerRecord<String, byte[]> record) {
        return IncomingEvent.verdict(mapper, record, APPLIED, EVENT);
    }

    @Override
    public Applied apply(List<CloudEvent<EnrollmentChange>> events) {
        EnrollmentProjection.Outcome outcome = projection.apply(events);
        return Applied.of(Map.of("applied", outcome.applied(), "duplicate", outcome.duplicates(), "stale",
                outcome.stale()));
    }
}
