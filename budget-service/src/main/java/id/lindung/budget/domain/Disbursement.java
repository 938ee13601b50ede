package id.lindung.budget.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One SP2D (realisation) paid from a budget line. Recorded once, never changed. */
@Entity
@Table(name = "disbursement")
public class Disbursement {

    @Id
    public UUID id;

    @Column(name = "line_id")
    public UUID lineId;

    public String region;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "sp2d_number")
    public String sp2dNumber;

    @Column(name = "sp2d_date")
    public LocalDate sp2dDate;

    public long amount;

    /** Contribution months paid for, {@code YYYY-MM}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "months_covered")
    public String[] monthsCovered;

    public int participants;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
