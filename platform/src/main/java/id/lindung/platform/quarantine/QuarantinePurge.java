package id.lindung.platform.quarantine;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import id.lindung.platform.messaging.ConsumerConfig;

/**
 * Deletes quarantined records past {@code lindung.consumer.quarantine.retention}: the BPJS quarantine holds personal
 * data, which is kept no longer than its source topic keeps it.
 */
@ApplicationScoped
public class QuarantinePurge {

    private static final Logger LOG = Logger.getLogger(QuarantinePurge.class);

    @Inject
    Quarantine quarantine;

    @Inject
    ConsumerConfig config;

    @Scheduled(every = "${lindung.consumer.quarantine.purge-every:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** Answers how many records went. */
    public int purge() {
        int purged = quarantine.purgeBefore(Instant.now().minus(config.quarantine().retention()));
        if (purged > 0) {
            LOG.infof("purged %d quarantined records older than %s", purged, config.quarantine().retention());
        }
        return purged;
    }
}
