package id.lindung.platform.inbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

/**
 * The record of which events a consumer has applied. Claiming an event id happens in the same transaction as the
 * event's effect, so an event redelivered after a crash or a rebalance is recognised and skipped.
 */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    EntityManager entityManager;

    /** True the first time this consumer claims the event id; false for a repeat. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String consumer, String eventId) {
        return !claimAll(consumer, Set.of(eventId)).isEmpty();
    }

    /** Claims many ids in one statement and answers the ones claimed now (the others were processed before). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> claimAll(String consumer, Collection<String> eventIds) {
        Set<String> claimed = new HashSet<>();
        if (eventIds.isEmpty()) {
            return claimed;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into processed_event (consumer, event_id)
                    select ?, id from unnest(?::text[]) as id
                    on conflict do nothing returning event_id""")) {
                insert.setString(1, consumer);
                insert.setArray(2, connection.createArrayOf("text", eventIds.toArray()));
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(rows.getString(1));
                    }
                }
            }
        });
        return claimed;
    }
}
