package id.lindung.enrollment.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;

/** One enrollment as the ingestion of a batch sees and changes it. */
public final class EnrollmentState {

    public final UUID id;
    public final UUID participantId;
    public EnrollmentChange.Status status;
    public Category category;
    public Segment segment;
    public Set<Programme> programmes;
    public String occupation;
    public String domicileRegion;
    public final PayerType payerType;
    public final String payerRegion;
    public long wageBase;
    public Integer riskClass;
    public LocalDate coverageStart;
    public LocalDate coverageEnd;
    public String endReason;
    public long sequence;
    public OffsetDateTime lastOccurredAt;
    public final boolean isNew;
    public boolean dirty;

    public EnrollmentState(UUID id, UUID participantId, EnrollmentChange.Status status, PayerType payerType,
            String payerRegion, long sequence, OffsetDateTime lastOccurredAt, boolean isNew) {
        this.id = id;
        this.participantId = participantId;
        this.status = status;
        this.payerType = payerType;
        this.payerRegion = payerRegion;
        this.sequence = sequence;
        this.lastOccurredAt = lastOccurredAt;
        this.isNew = isNew;
    }

    /** Whether this enrollment is paid by the record's payer: payer type and region identify the enrollment. */
    public boolean isPaidBy(BpjsRecord.Payer payer) {
        return payerType == payer.type() && Objects.equals(payerRegion, payer.region());
    }

    public boolean isActive() { return status == EnrollmentChange.Status.ACTIVE; }

    public EnrollmentChange.Payer payer() {
        return new EnrollmentChange.Payer(payerType, payerRegion);
    }

    /** Takes the enrollment's state from a record (the payer is the enrollment's identity and never changes). */
    public void takeStateFrom(BpjsRecord record) {
        category = record.category();
        segment = record.segment();
        programmes = Set.copyOf(record.programmes());
        occupation = record.occupation();
        domicileRegion = record.domicileRegion();
        wageBase = record.wageBase();
        riskClass = record.riskClass();
        coverageStart = record.coverageStart();
        coverageEnd = record.coverageEnd();
        endReason = record.endReason();
        lastOccurredAt = record.occurredAt();
        dirty = true;
    }
}
