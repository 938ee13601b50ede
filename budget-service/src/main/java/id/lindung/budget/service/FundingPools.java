package id.lindung.budget.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import id.lindung.budget.config.BudgetConfig;
import id.lindung.budget.domain.PoolKey;
import id.lindung.budget.domain.PoolSnapshot;
import id.lindung.budget.repository.FundingPoolRepository;
import id.lindung.platform.outbox.Outbox;

/**
 * The running sums of funding pools and their position events. A line, a revision or a disbursement changes its pool
 * and publishes the pool's position in its own transaction. Commitments from enrollments only mark the pools they
 * change (in the consumer's transaction), and the publisher writes one position per marked pool every
 * {@code lindung.budget.positions.publish-interval}: a burst of thousands of enrollments yields one event per pool, not
 * one per enrollment. Every position carries the pool's next {@code sequence}; when commitments come to exceed the
 * allocation a {@code shortfall-forecast} goes with it.
 */
@ApplicationScoped
public class FundingPools {

    private static final Logger LOG = Logger.getLogger(FundingPools.class);

    @Inject
    FundingPoolRepository pools;

    @Inject
    BudgetEvents events;

    @Inject
    Outbox outbox;

    @Inject
    BudgetConfig config;

    /**
     * Adds to a pool's allocation, lines and disbursements (creating it when new) and answers the position events to
     * append in the caller's transaction; the pool stays locked until then.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Outbox.Entry> change(PoolKey key, long allocated, int lines, long disbursed) {
        return events.positions(pools.adjust(key, allocated, lines, disbursed), OffsetDateTime.now());
    }

    /** Publishes the positions of the pools commitments changed, in batches, until none is left. */
    @Scheduled(every = "${lindung.budget.positions.publish-interval:3s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishMarked() {
        try {
            int published;
            do {
                published = QuarkusTransaction.requiringNew().call(() -> {
                    List<PoolSnapshot> marked = pools.takeMarked(config.positions().publishBatch());
                    OffsetDateTime now = OffsetDateTime.now();
                    List<Outbox.Entry> entries = new ArrayList<>(marked.size() + 8);
                    marked.forEach(pool -> entries.addAll(events.positions(pool, now)));
                    outbox.appendAll(entries);
                    return marked.size();
                });
            } while (published == config.positions().publishBatch());
        } catch (RuntimeException e) {
            LOG.warnf("publishing pool positions will be retried: %s", e.getMessage());
        }
    }
}
