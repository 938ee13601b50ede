package id.lindung.budget.repository;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * The first response to each Idempotency-Key, per operation and caller. A key is taken by inserting its row in the
 * transaction that does the work: a concurrent request with the same key waits on that row and then sees the stored
 * response.
 */
@ApplicationScoped
public class IdempotencyRepository {

    /** A stored first response. */
    public record Stored(String requestHash, Integer status, String location, String etag, String body) {
    }

    @Inject
    EntityManager entityManager;

    /** True when the key was free and is now taken by this transaction. */
    public boolean take(String operation, String caller, String key, String requestHash) {
        return entityManager.createNativeQuery("""
                insert into idempotency_record (operation, caller, idempotency_key, request_hash)
                values (:operation, :caller, :key, :hash) on conflict do nothing""")
                .setParameter("operation", operation)
                .setParameter("caller", caller)
                .setParameter("key", key)
                .setParameter("hash", requestHash)
                .executeUpdate() == 1;
    }

    public Optional<Stored> find(String operation, String caller, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select request_hash, status, location, etag, body from idempotency_record
                where operation = :operation and caller = :caller and idempotency_key = :key""")
                .setParameter("operation", operation)
                .setParameter("caller", caller)
                .setParameter("key", key)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Stored((String) row[0],
                row[1] == null ? null : ((Number) row[1]).intValue(), (String) row[2], (String) row[3],
                (String) row[4]));
    }

    public void complete(String operation, String caller, String key, int status, String location, String etag,
            String body) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    update idempotency_record set status = ?, location = ?, etag = ?, body = ?
                    where operation = ? and caller = ? and idempotency_key = ?""")) {
                update.setInt(1, status);
                update.setString(2, location);
                update.setString(3, etag);
                update.setString(4, body);
                update.setString(5, operation);
                update.setString(6, caller);
                update.setString(7, key);
                update.executeUpdate();
            }
        });
    }

    public int purgeBefore(OffsetDateTime before) {
        return entityManager.createNativeQuery("delete from idempotency_record where created_at < :before")
                .setParameter("before", before)
                .executeUpdate();
    }
}
