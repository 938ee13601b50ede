package id.lindung.budget.service;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.lindung.budget.domain.BudgetLine;
import id.lindung.budget.domain.Disbursement;
import id.lindung.budget.domain.FundingPool;
import id.lindung.contracts.event.BudgetLineChange;
import id.lindung.contracts.event.DisbursementRecorded;
import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.event.FundingPoolPosition;
import id.lindung.platform.outbox.Outbox;

/**
 * The events budget-service publishes on {@code budget.events}, written to the outbox in the caller's transaction.
 * Line and disbursement events are keyed by line id, position events by pool id.
 */
@ApplicationScoped
public class BudgetEvents {

    @Inject
    Outbox outbox;

    public void lineAllocated(BudgetLine line) {
        lineEvent(EventTypes.BUDGET_LINE_ALLOCATED, line, null);
    }

    public void lineRevised(BudgetLine line, long previousAmount) {
        lineEvent(EventTypes.BUDGET_LINE_REVISED, line, previousAmount);
    }

    public void disbursementRecorded(Disbursement disbursement, BudgetLine line) {
        DisbursementRecorded data = new DisbursementRecorded(disbursement.id.toString(), line.id.toString(),
                line.poolId, line.fiscalYear, line.region, line.payerType, line.programme, line.targetCategory,
                disbursement.sp2dNumber, disbursement.sp2dDate, disbursement.amount,
                Arrays.stream(disbursement.monthsCovered).map(YearMonth::parse).toList(), disbursement.participants,
                line.disbursed, disbursement.recordedAt);
        String subject = line.id.toString();
        outbox.append(EventTypes.BUDGET_TOPIC, subject,
                outbox.event(EventTypes.BUDGET_DISBURSEMENT_RECORDED, subject, data));
    }

    /** A position event of the pool in its current state ({@code position-changed} or {@code shortfall-forecast}). */
    public Outbox.Entry position(String type, FundingPool pool, OffsetDateTime asOf) {
        FundingPoolPosition data = new FundingPoolPosition(pool.id, pool.payerType, pool.payerRegion,
                pool.fiscalYear, pool.programme, pool.category, pool.allocated, pool.committed, pool.disbursed,
                pool.headroom(), pool.fundedParticipants(), pool.unfundedParticipants(), pool.sequence, asOf);
        return new Outbox.Entry(EventTypes.BUDGET_TOPIC, pool.id, outbox.event(type, pool.id, data));
    }

    private void lineEvent(String type, BudgetLine line, Long previousAmount) {
        BudgetLineChange data = new BudgetLineChange(line.id.toString(), line.poolId, line.revision, line.fiscalYear,
                line.region, line.payerType, line.budgetKind, line.stage, line.programme, line.targetCategory,
                line.accountCode, line.amount, previousAmount, line.targetParticipants, line.disbursed,
                line.externalRef, line.agencyCode, line.subActivityCode, line.updatedAt);
        String subject = line.id.toString();
        outbox.append(EventTypes.BUDGET_TOPIC, subject, outbox.event(type, subject, data));
    }
}
