package id.lindung.reporting.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.lindung.contracts.event.CloudEvent;
import id.lindung.contracts.event.FundingPoolPosition;
import id.lindung.platform.inbox.ProcessedEvents;
import id.lindung.reporting.domain.BudgetDeltas;
import id.lindung.reporting.repository.BudgetRepository;
import id.lindung.reporting.repository.WatermarkRepository;

/**
 * Applies funding pool positions ({@code id.lindung.budget.position-changed.v1}) to the budget read model, a batch per
 * transaction: only a position with a higher {@code sequence} than the pool's stored one replaces it, and the roll-up
 * moves by the difference.
 */
@ApplicationScoped
public class BudgetProjection {

    public static final String CONSUMER = "reporting-service.budget";

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    BudgetRepository budgets;

    @Inject
    WatermarkRepository watermarks;

    /** Answers how many positions were applied (the others were repeats or out of date). */
    @Transactional
    public int apply(List<CloudEvent<FundingPoolPosition>> events) {
        if (events.isEmpty()) {
            return 0;
        }
        Set<String> claimed = processedEvents.claimAll(CONSUMER, events.stream().map(CloudEvent::id).toList());
        List<CloudEvent<FundingPoolPosition>> fresh = new ArrayList<>();
        for (CloudEvent<FundingPoolPosition> event : events) {
            if (claimed.remove(event.id())) {
                fresh.add(event);
            }
        }
        Map<String, FundingPoolPosition> current = new HashMap<>();
        budgets.pools(fresh.stream().map(event -> event.data().poolId()).distinct().toList())
                .forEach(pool -> current.put(pool.poolId(), pool));
        Map<String, FundingPoolPosition> changed = new LinkedHashMap<>();
        BudgetDeltas deltas = new BudgetDeltas();
        OffsetDateTime lastEventTime = null;
        for (CloudEvent<FundingPoolPosition> event : fresh) {
            FundingPoolPosition next = event.data();
            OffsetDateTime eventTime = event.time() != null ? event.time() : next.asOf();
            lastEventTime = lastEventTime == null || eventTime.isAfter(lastEventTime) ? eventTime : lastEventTime;
            FundingPoolPosition previous = current.get(next.poolId());
            if (previous != null && previous.sequence() >= next.sequence()) {
                continue;
            }
            deltas.replace(previous, next);
            current.put(next.poolId(), next);
            changed.put(next.poolId(), next);
        }
        budgets.upsertPools(changed.values());
        budgets.applyRollup(deltas.changes());
        if (lastEventTime != null) {
            watermarks.advance(CONSUMER, lastEventTime, fresh.size());
        }
        return changed.size();
    }
}
