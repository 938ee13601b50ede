package id.lindung.budget.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;

/**
 * The running sums of one funding pool. Lines add to {@code allocated} and {@code disbursed}, enrollments to the
 * monthly commitments and participant counts; a position is read from these sums alone.
 */
@Entity
@Table(name = "funding_pool")
public class FundingPool {

    @Id
    public String id;

    @Column(name = "payer_region")
    public String payerRegion;

    @Enumerated(EnumType.STRING)
    @Column(name = "payer_type")
    public PayerType payerType;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Enumerated(EnumType.STRING)
    public Programme programme;

    @Enumerated(EnumType.STRING)
    public Category category;

    @Column(name = "line_count")
    public int lineCount;

    public long allocated;

    public long disbursed;

    public long committed;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "committed_by_month")
    public long[] committedByMonth;

    public int participants;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "participants_by_month")
    public int[] participantsByMonth;

    @Column(name = "in_shortfall")
    public boolean inShortfall;

    @Column(name = "position_dirty")
    public boolean positionDirty;

    public long sequence;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public PoolKey key() {
        return new PoolKey(payerRegion, fiscalYear, programme, category);
    }

    public long headroom() {
        return allocated - committed;
    }

    /** Participants counted as funded: the pool has at least one line. */
    public int fundedParticipants() {
        return lineCount > 0 ? participants : 0;
    }

    /** Participants whose payer has no line in this pool: committed, but with nothing allocated to pay them. */
    public int unfundedParticipants() {
        return lineCount > 0 ? 0 : participants;
    }
}
