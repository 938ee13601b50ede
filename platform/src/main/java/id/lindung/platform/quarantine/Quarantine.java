package id.lindung.platform.quarantine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.lindung.platform.web.Page;

/**
 * The table of quarantined records ({@code quarantined_record}, a platform migration). Keeping a record is idempotent
 * by its coordinates: a poll redelivered after a crash quarantines the same row again, not a second one.
 */
@ApplicationScoped
public class Quarantine {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, consumer, topic, partition_no, record_offset, event_id, record_key,"
            + " payload, reasons, status, quarantined_at, replayed_at, replay_outcome";

    @Inject
    EntityManager entityManager;

    @Inject
    PayloadSeal seal;

    @Inject
    ObjectMapper json;

    /** Keeps the record (its reasons renewed when it was kept before) and answers its quarantine id. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UUID keep(String consumer, ConsumerRecord<String, byte[]> record, String eventId, List<String> reasons) {
        byte[] payload = record.value() == null ? null : seal.seal(record.value());
        String reasonsJson = write(reasons);
        return work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into quarantined_record
                        (id, consumer, topic, partition_no, record_offset, event_id, record_key, payload, reasons)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                    on conflict (consumer, topic, partition_no, record_offset)
                        do update set reasons = excluded.reasons, status = 'QUARANTINED'
                    returning id""")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, consumer);
                insert.setString(3, record.topic());
                insert.setInt(4, record.partition());
                insert.setLong(5, record.offset());
                insert.setString(6, eventId);
                insert.setString(7, record.key());
                insert.setBytes(8, payload);
                insert.setString(9, reasonsJson);
                try (ResultSet rows = insert.executeQuery()) {
                    rows.next();
                    return rows.getObject(1, UUID.class);
                }
            }
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<QuarantinedRecord> find(UUID id) {
        return work(connection -> {
            try (PreparedStatement select = connection
                    .prepareStatement("select " + COLUMNS + " from quarantined_record where id = ?")) {
                select.setObject(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(read(rows)) : Optional.<QuarantinedRecord>empty();
                }
            }
        });
    }

    /** Newest first; {@code consumer} and {@code status} filter when given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<QuarantinedRecord> list(String consumer, QuarantinedRecord.Status status, int page, int size) {
        String where = " where (?::text is null or consumer = ?) and (?::text is null or status = ?)";
        String statusName = status == null ? null : status.name();
        return work(connection -> {
            long total;
            try (PreparedStatement count = connection.prepareStatement("select count(*) from quarantined_record"
                    + where)) {
                bindFilters(count, consumer, statusName);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<QuarantinedRecord> items = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                    + " from quarantined_record" + where + " order by quarantined_at desc, id limit ? offset ?")) {
                bindFilters(select, consumer, statusName);
                select.setInt(5, size);
                select.setLong(6, (long) page * size);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(read(rows));
                    }
                }
            }
            return Page.of(items, page, size, total);
        });
    }

    /** Marks a replayed record taken, with what the replay did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markReplayed(UUID id, String outcome) {
        work(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    update quarantined_record set status = 'REPLAYED', replayed_at = now(), replay_outcome = ?
                    where id = ?""")) {
                update.setString(1, outcome);
                update.setObject(2, id);
                return update.executeUpdate();
            }
        });
    }

    /** Renews the reasons of a record whose replay was refused again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void stillRefused(UUID id, List<String> reasons) {
        String reasonsJson = write(reasons);
        work(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update quarantined_record set reasons = ?::jsonb, replayed_at = now(), replay_outcome = 'rejected'"
                            + " where id = ?")) {
                update.setString(1, reasonsJson);
                update.setObject(2, id);
                return update.executeUpdate();
            }
        });
    }

    /** Deletes what was quarantined before {@code cutoff}; answers how many rows went. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeBefore(Instant cutoff) {
        return work(connection -> {
            try (PreparedStatement delete = connection
                    .prepareStatement("delete from quarantined_record where quarantined_at < ?")) {
                delete.setTimestamp(1, Timestamp.from(cutoff));
                return delete.executeUpdate();
            }
        });
    }

    private static void bindFilters(PreparedStatement statement, String consumer, String status)
            throws SQLException {
        statement.setString(1, consumer);
        statement.setString(2, consumer);
        statement.setString(3, status);
        statement.setString(4, status);
    }

    private QuarantinedRecord read(ResultSet rows) throws SQLException {
        byte[] payload = rows.getBytes("payload");
        return new QuarantinedRecord(rows.getObject("id", UUID.class), rows.getString("consumer"),
                rows.getString("topic"), rows.getInt("partition_no"), rows.getLong("record_offset"),
                rows.getString("event_id"), rows.getString("record_key"), payload == null ? null : seal.open(payload),
                readReasons(rows.getString("reasons")), QuarantinedRecord.Status.valueOf(rows.getString("status")),
                rows.getObject("quarantined_at", OffsetDateTime.class),
                rows.getObject("replayed_at", OffsetDateTime.class), rows.getString("replay_outcome"));
    }

    private String write(List<String> reasons) {
        try {
            return json.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("reasons are always serialisable", e);
        }
    }

    private List<String> readReasons(String text) {
        try {
            return json.readValue(text, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored reasons are not a JSON array of strings", e);
        }
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T work(Work<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work::run);
    }
}
