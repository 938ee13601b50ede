package id.lindung.enrollment.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Segment;

/** An enrollment as stored (read side). */
@Entity
@Table(name = "enrollment")
public class Enrollment {

    @Id
    public UUID id;

    @Column(name = "participant_id")
    public UUID participantId;

    @Enumerated(EnumType.STRING)
    public EnrollmentChange.Status status;

    @Enumerated(EnumType.STRING)
    public Category category;

    @Enumerated(EnumType.STRING)
    public Segment segment;

    /** Comma-separated, see {@link IngestionRepository#programmes(String)}. */
    public String programmes;

    public String occupation;

    @Column(name = "domicile_region")
    public String domicileRegion;

    @Enumerated(EnumType.STRING)
    @Column(name = "payer_type")
    public PayerType payerType;

    @Column(name = "payer_region")
    public String payerRegion;

    @Column(name = "wage_base")
    public long wageBase;

    @Column(name = "risk_class")
    public Integer riskClass;

    @Column(name = "coverage_start")
    public LocalDate coverageStart;

    @Column(name = "coverage_end")
    public LocalDate coverageEnd;

    @Column(name = "end_reason")
    public String endReason;

    public long sequence;

    @Column(name = "last_occurred_at")
    public OffsetDateTime lastOccurredAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
