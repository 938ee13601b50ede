package id.lindung.reporting.repository;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** How far each consumer has got: the time of the last event it applied. */
@ApplicationScoped
public class WatermarkRepository {

    @Inject
    EntityManager entityManager;

    public void advance(String consumer, OffsetDateTime lastEventTime, long events) {
        Sql.update(entityManager, """
                insert into projection_watermark (consumer, last_event_time, applied_at, events_applied)
                values (?, ?, now(), ?)
                on conflict (consumer) do update set
                    last_event_time = greatest(projection_watermark.last_event_time, excluded.last_event_time),
                    applied_at = now(), events_applied = projection_watermark.events_applied + excluded.events_applied""",
                (connection, statement) -> {
                    statement.setString(1, consumer);
                    statement.setObject(2, lastEventTime);
                    statement.setLong(3, events);
                });
    }

    /** The time of the last event the consumer applied, if it applied any. */
    public Optional<OffsetDateTime> lastEventTime(String consumer) {
        return Sql.query(entityManager, "select last_event_time from projection_watermark where consumer = ?",
                (connection, statement) -> statement.setString(1, consumer),
                row -> row.getObject(1, OffsetDateTime.class)).stream().findFirst();
    }
}
