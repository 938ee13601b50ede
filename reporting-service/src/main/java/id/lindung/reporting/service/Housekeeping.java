package id.lindung.reporting.service;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import id.lindung.reporting.config.ReportingConfig;

/** Forgets the ids of events applied longer ago than the retention, a bounded batch per transaction. */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);
    private static final int BATCH = 10_000;

    @Inject
    EntityManager entityManager;

    @Inject
    ReportingConfig config;

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeProcessedEvents() {
        OffsetDateTime before = OffsetDateTime.now().minus(config.processedEventRetention());
        int purged;
        int total = 0;
        do {
            purged = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                    delete from processed_event where ctid in (
                        select ctid from processed_event
                        where consumer in (:consumers) and processed_at < :before limit :batch)""")
                    .setParameter("consumers", java.util.List.of(EnrollmentProjection.CONSUMER,
                            BudgetProjection.CONSUMER))
                    .setParameter("before", before)
                    .setParameter("batch", BATCH)
                    .executeUpdate());
            total += purged;
        } while (purged == BATCH);
        LOG.debugf("forgot %d processed event ids older than %s", total, before);
    }
}
