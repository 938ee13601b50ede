package id.lindung.budget.messaging;

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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Blocking;

import id.lindung.budget.service.Commitments;
import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.event.EventSchemas;
import id.lindung.contracts.event.EventTypes;
import id.lindung.platform.messaging.ConsumerChannel;
import id.lindung.platform.messaging.PollProcessor;
import id.lindung.platform.messaging.RecordHandler;

/**
 * Consumes {@code enrollment.events} through the platform's consumer pattern ({@link PollProcessor}): every record is
 * checked against its JSON Schema and read into an enrollment change; the changes of a poll are applied in one
 * transaction together with the record of their event ids. Outages are waited out, poison is quarantined and
 * dead-lettered as a pointer; the poll is acknowledged only after all of that.
 */
@ApplicationScoped
public class EnrollmentEventsConsumer implements RecordHandler<Commitments.Change> {

    public static final String CHANNEL = "enrollment-events";
    private static final Set<String> CHANGES = Set.of(EventTypes.ENROLLMENT_ACTIVATED, EventTypes.ENROLLMENT_CHANGED,
            EventTypes.ENROLLMENT_ENDED);

    @Inject
    Commitments commitments;

    @Inject
    ObjectMapper json;

    @Inject
    PollProcessor processor;

    @Inject
    @Channel("enrollment-events-dlq")
    Emitter<String> deadLetters;

    private ConsumerChannel<Commitments.Change> channel;

    void register(@Observes StartupEvent event) {
        processor.register(channel());
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> poll) {
        processor.process(channel(), poll);
    }

    private ConsumerChannel<Commitments.Change> channel() {
        if (channel == null) {
            channel = new ConsumerChannel<>(CHANNEL, deadLetters, this);
        }
        return channel;
    }

    @Override
    public Verdict<Commitments.Change> read(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null || record.value().length == 0) {
            return Verdict.poison(null, List.of("empty record"));
        }
        JsonNode event;
        try {
            event = json.readTree(record.value());
        } catch (JsonProcessingException e) {
            return Verdict.poison(null, List.of("not JSON: " + e.getOriginalMessage()));
        } catch (java.io.IOException e) {
            return Verdict.poison(null, List.of("not JSON"));
        }
        String eventId = event != null && event.path("id").isTextual() ? event.get("id").asText() : null;
        List<String> violations = EventSchemas.violations(event);
        if (!violations.isEmpty()) {
            return Verdict.poison(eventId, List.of("schema: " + String.join("; ", violations)));
        }
        if (!CHANGES.contains(event.get("type").asText())) {
            return Verdict.ignore(eventId);
        }
        try {
            EnrollmentChange change = json.treeToValue(event.get("data"), EnrollmentChange.class);
            commitments.termsOf(change);
            return Verdict.apply(eventId, new Commitments.Change(eventId, change));
        } catch (IllegalArgumentException e) {
            return Verdict.poison(eventId, List.of("cannot be applied: " + e.getMessage()));
        } catch (JsonProcessingException e) {
            return Verdict.poison(eventId, List.of("unreadable data: " + e.getOriginalMessage()));
        }
    }

    @Override
    public Applied apply(List<Commitments.Change> changes) {
        Commitments.Outcome outcome = commitments.apply(changes);
        return Applied.of(Map.of("applied", outcome.applied(), "duplicate", outcome.duplicates(), "stale",
                outcome.stale()));
    }
}
