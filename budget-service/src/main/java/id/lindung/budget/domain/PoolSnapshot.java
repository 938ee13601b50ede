package id.lindung.budget.domain;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;

/**
 * A pool's sums right after a change, as its position event publishes them.
 *
 * @param sequence the sequence of the position being published
 * @param wasShort whether the last published position was a shortfall (commitments above the allocation)
 */
public record PoolSnapshot(String id, PayerType payerType, String payerRegion, int fiscalYear, Programme programme,
        Category category, int lineCount, long allocated, long disbursed, long committed, int participants,
        long sequence, boolean wasShort) {

    public boolean isShort() { return committed > allocated; }

    public long headroom() {
        return allocated - committed;
    }

    public int fundedParticipants() {
        return lineCount > 0 ? participants : 0;
    }

    public int unfundedParticipants() {
        return lineCount > 0 ? 0 : participants;
    }
}
