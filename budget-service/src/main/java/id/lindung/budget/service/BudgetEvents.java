package id.lindung.budget.service;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.lindung.budget.domain.BudgetLine;
import id.lindung.budget.domain.Disbursement;
import id.lindung.budget.domain.PoolSnapshot;
import id.lindung.contracts.event.BudgetLineChange;
import id.lindung.contracts.event.DisbursementRecorded;
import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.event.FundingPoolPosition;
import id.lindung.platform.outbox.Outbox;

/**
 * The events budget-service publishes on {@code budget.events}, as outbox entries for the caller to append in its
 * transaction (one batch per transaction). Line and disbursement events are keyed by line id, position events by pool
 * id.
 */
@ApplicationScoped
public class BudgetEvents {

    @Inject
    Outbox outbox;

    public Outbox.Entry lineAllocated(BudgetLine line) {
        return lineEvent(EventTypes.BUDGET_LINE_ALLOCATED, line, null);
    }

    public Outbox.Entry lineRevised(BudgetLine line, long previousAmount) {
        return lineEvent(EventTypes.BUDGET_LINE_REVISED, line, previousAmount);
    }

    public Outbox.Entry disbursementRecorded(Disbursement disbursement, BudgetLine line) {
        DisbursementRecorded data = new DisbursementRecorded(disbursement.id.toString(), line.id.toString(),
                line.poolId, line.fiscalYear, line.region, line.payerType, line.programme, line.targetCategory,
                disbursement.sp2dNumber, disbursement.sp2dDate, disbursement.amount,
                Arrays.stream(disbursement.monthsCovered).map(YearMonth::parse).toList(), disbursement.participants,
                line.disbursed, disbursement.recordedAt);
        String subject = line.id.toString();
        return new Outbox.Entry(EventTypes.BUDGET_TOPIC, subject,
                outbox.event(EventTypes.BUDGET_DISBURSEMENT_RECORDED, subject, data));
    }

    /**
     * The position event of a pool, and a {@code shortfall-forecast} beside it when its commitments came to exceed its
     * allocation since the last published position.
     */
    public List<Outbox.Entry> positions(PoolSnapshot pool, OffsetDateTime asOf) {
        FundingPoolPosition data = new FundingPoolPosition(pool.id(), pool.payerType(), pool.payerRegion(),
                pool.fiscalYear(), pool.programme(), pool.category(), pool.allocated(), pool.committed(),
                pool.disbursed(), pool.headroom(), pool.fundedParticipants(), pool.unfundedParticipants(),
                pool.sequence(), asOf);
        List<Outbox.Entry> entries = new ArrayList<>(2);
        entries.add(new Outbox.Entry(EventTypes.BUDGET_TOPIC, pool.id(),
                outbox.event(EventTypes.BUDGET_POSITION_CHANGED, pool.id(), data)));
        if (pool.isShort() && !pool.wasShort()) {
            entries.add(new Outbox.Entry(EventTypes.BUDGET_TOPIC, pool.id(),
                    outbox.event(EventTypes.BUDGET_SHORTFALL_FORECAST, pool.id(), data)));
        }
        return entries;
    }

    private Outbox.Entry lineEvent(String type, BudgetLine line, Long previousAmount) {
        BudgetLineChange data = new BudgetLineChange(line.id.toString(), line.poolId, line.revision, line.fiscalYear,
                line.region, line.payerType, line.budgetKind, line.stage, line.programme, line.targetCategory,
                line.accountCode, line.amount, previousAmount, line.targetParticipants, line.disbursed,
                line.externalRef, line.agencyCode, line.subActivityCode, line.updatedAt);
        String subject = line.id.toString();
        return new Outbox.Entry(EventTypes.BUDGET_TOPIC, subject, outbox.event(type, subject, data));
    }
}
