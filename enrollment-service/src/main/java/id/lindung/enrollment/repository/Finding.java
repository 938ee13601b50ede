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

import id.lindung.contracts.programme.PayerType;

/** A recorded double-funding finding. */
@Entity
@Table(name = "double_funding_finding")
public class Finding {

    @Id
    public UUID id;

    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "domicile_region")
    public String domicileRegion;

    @Column(name = "first_enrollment_id")
    public UUID firstEnrollmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "first_payer_type")
    public PayerType firstPayerType;

    @Column(name = "first_payer_region")
    public String firstPayerRegion;

    @Column(name = "second_enrollment_id")
    public UUID secondEnrollmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "second_payer_type")
    public PayerType secondPayerType;

    @Column(name = "second_payer_region")
    public String secondPayerRegion;

    @Column(name = "overlap_from")
    public LocalDate overlapFrom;

    @Column(name = "overlap_to")
    public LocalDate overlapTo;

    /** The programmes both payers pay for; comma-separated, see {@link IngestionRepository#programmes(String)}. */
    public String programmes;

    @Column(name = "detected_at")
    public OffsetDateTime detectedAt;
}
