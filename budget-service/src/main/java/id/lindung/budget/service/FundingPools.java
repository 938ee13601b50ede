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
import id.lindung.budget.domain.FundingPool;
import id.lindung.budget.domain.PoolKey;
import id.lindung.budget.repository.FundingPoolRepository;
import id.lindung.contracts.event.EventTypes;
import id.lindung.platform.outbox.Outbox;

/**
 * The running sums of funding pools and their position events. A line change or a disbursement publishes the pool's
 * position in its own transaction; commitments from enrollments only mark the pool, and the publisher writes one
 * position per marked pool, so that a burst of thousands of enrollments yields one event per pool instead of one per
 * enrollment. Each position carries the pool's next {@code sequence}; when commitments come to exceed the allocation a
 * {@code shortfall-forecast} goes with it.
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

    /** Adds to a pool's allocation (a new line, or a revision's difference); the pool is locked until commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public FundingPool allocate(PoolKey key, long amount, int lines) {
        FundingPool pool = pools.lockOrCreate(key);
        pool.allocated += amount;
        pool.lineCount += lines;
        pool.updatedAt = OffsetDateTime.now();
        return pool;
    }

    /** Adds a disbursement to its pool; the pool is locked until commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public FundingPool disburse(PoolKey key, long amount) {
        FundingPool pool = pools.lockOrCreate(key);
        pool.disbursed += amount;
        pool.updatedAt = OffsetDateTime.now();
        return pool;
    }

    /** Writes the position events of locked pools and clears their marks. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(List<FundingPool> changed) {
        OffsetDateTime now = OffsetDateTime.now();
        List<Outbox.Entry> entries = new ArrayList<>(changed.size());
        for (FundingPool pool : changed) {
            pool.sequence++;
            pool.positionDirty = false;
            entries.add(events.position(EventTypes.BUDGET_POSITION_CHANGED, pool, now));
            boolean shortfall = pool.committed > pool.allocated;
            if (shortfall && !pool.inShortfall) {
                entries.add(events.position(EventTypes.BUDGET_SHORTFALL_FORECAST, pool, now));
            }
            pool.inShortfall = shortfall;
        }
        outbox.appendAll(entries);
    }

    /** Publishes the positions of pools that commitments changed, in batches, until none is left. */
    @Scheduled(every = "${lindung.budget.positions.publish-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishMarked() {
        try {
            int published;
            do {
                published = QuarkusTransaction.requiringNew().call(() -> {
                    List<FundingPool> marked = pools.lockDirty(config.positions().publishBatch());
                    publish(marked);
                    return marked.size();
                });
            } while (published == config.positions().publishBatch());
        } catch (RuntimeException e) {
            LOG.warnf("publishing pool positions will be retried: %s", e.getMessage());
        }
    }
}
