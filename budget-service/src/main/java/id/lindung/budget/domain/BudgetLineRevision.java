package id.lindung.budget.domain;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import id.lindung.contracts.budget.BudgetStage;

/** One version of a budget line: revision 1 is the original allocation, every revision after it a change. */
@Entity
@Table(name = "budget_line_revision")
@IdClass(BudgetLineRevision.Id.class)
public class BudgetLineRevision {

    public static class Id implements Serializable {
        public UUID lineId;
        public int revision;

        public Id() {
        }

        public Id(UUID lineId, int revision) {
            this.lineId = lineId;
            this.revision = revision;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Id id && id.revision == revision && Objects.equals(id.lineId, lineId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(lineId, revision);
        }
    }

    @jakarta.persistence.Id
    @Column(name = "line_id")
    public UUID lineId;

    @jakarta.persistence.Id
    public int revision;

    @Enumerated(EnumType.STRING)
    public BudgetStage stage;

    public long amount;

    @Column(name = "previous_amount")
    public Long previousAmount;

    @Column(name = "target_participants")
    public int targetParticipants;

    @Column(name = "account_code")
    public String accountCode;

    @Column(name = "account_code_original")
    public String accountCodeOriginal;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "agency_name")
    public String agencyName;

    @Column(name = "sub_activity_code")
    public String subActivityCode;

    public String note;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    @Column(name = "changed_by")
    public String changedBy;

    /** The revision that records the line as it is now. */
    public static BudgetLineRevision of(BudgetLine line, Long previousAmount, String note) {
        BudgetLineRevision revision = new BudgetLineRevision();
        revision.lineId = line.id;
        revision.revision = line.revision;
        revision.stage = line.stage;
        revision.amount = line.amount;
        revision.previousAmount = previousAmount;
        revision.targetParticipants = line.targetParticipants;
        revision.accountCode = line.accountCode;
        revision.accountCodeOriginal = line.accountCodeOriginal;
        revision.agencyCode = line.agencyCode;
        revision.agencyName = line.agencyName;
        revision.subActivityCode = line.subActivityCode;
        revision.note = note;
        revision.changedAt = line.updatedAt;
        revision.changedBy = line.updatedBy;
        return revision;
    }
}
