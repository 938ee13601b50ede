package id.lindung.platform.outbox;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.lindung.contracts.event.CloudEvent;

/**
 * Writes events into the outbox table inside the caller's transaction, so that an event exists if and only if the
 * state change it describes was committed. {@link OutboxRelay} publishes them.
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

    /** Builds a CloudEvent with this service as its source. */
    public <T> CloudEvent<T> event(String type, String subject, T data) {
        return CloudEvent.of(config.source(), type, subject, OffsetDateTime.now(), data);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String key, CloudEvent<?> event) {
        appendAll(List.of(new Entry(topic, key, event)));
    }

    /** One JDBC batch for many events: bulk ingestion must not pay a round trip per event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into outbox_message (id, topic, message_key, event_type, payload) values (?, ?, ?, ?, ?)")) {
                for (Entry entry : entries) {
                    insert.setObject(1, UUID.fromString(entry.event().id()));
                    insert.setString(2, entry.topic());
                    insert.setString(3, entry.key());
                    insert.setString(4, entry.event().type());
                    insert.setString(5, serialise(entry.event()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private String serialise(CloudEvent<?> event) throws SQLException {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new SQLException("event " + event.type() + " cannot be serialised", e);
        }
    }
}
