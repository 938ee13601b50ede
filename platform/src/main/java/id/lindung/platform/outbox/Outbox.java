package id.lindung.platform.outbox;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.lindung.contracts.event.CloudEvent;
import id.lindung.contracts.event.EventSchemas;
import id.lindung.platform.tracing.TraceContext;

/**
 * Writes events into the outbox table inside the caller's transaction, so that an event exists if and only if the
 * state change it describes was committed. {@link OutboxRelay} publishes them. Every event is checked against its JSON
 * Schema in {@code contracts/} first: a producer never emits what its consumers would dead-letter.
 */
@ApplicationScoped
public class Outbox {

    /** An event about to be written: the topic it goes to and its Kafka key (the aggregate id). */
    public record Entry(String topic, String key, CloudEvent<?> event) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    OutboxConfig config;

    /**
     * Builds a CloudEvent with this service as its source, carrying the trace context of the work that causes it (the
     * relay publishes later, outside that work, so the context travels with the event).
     */
    public <T> CloudEvent<T> event(String type, String subject, T data) {
        CloudEvent<T> event = CloudEvent.of(config.source(), type, subject, OffsetDateTime.now(), data);
        return TraceContext.current()
                .map(trace -> event.withTraceContext(trace.traceparent(), trace.tracestate()))
                .orElse(event);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String key, CloudEvent<?> event) {
        appendAll(List.of(new Entry(topic, key, event)));
    }

    /**
     * One JDBC batch for many events: bulk ingestion must not pay a round trip per event.
     *
     * @throws InvalidEventException when an event breaks its schema; nothing of the batch is written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<String> payloads = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            payloads.add(checked(i, entries.get(i).event()));
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into outbox_message (id, topic, message_key, event_type, payload, traceparent, tracestate)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < entries.size(); i++) {
                    Entry entry = entries.get(i);
                    insert.setObject(1, UUID.fromString(entry.event().id()));
                    insert.setString(2, entry.topic());
                    insert.setString(3, entry.key());
                    insert.setString(4, entry.event().type());
                    insert.setString(5, payloads.get(i));
                    insert.setString(6, entry.event().traceparent());
                    insert.setString(7, entry.event().tracestate());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** The event as JSON text, once it is known to satisfy its schema. */
    private String checked(int index, CloudEvent<?> event) {
        JsonNode tree = json.valueToTree(event);
        List<String> violations = EventSchemas.violations(tree);
        if (!violations.isEmpty()) {
            throw new InvalidEventException(index, event.type(), violations);
        }
        try {
            return json.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.type() + " cannot be serialised", e);
        }
    }
}
