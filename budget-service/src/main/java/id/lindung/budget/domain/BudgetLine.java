package id.lindung.budget.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.lindung.contracts.budget.BudgetKind;
import id.lindung.contracts.budget.BudgetStage;
import id.lindung.contracts.budget.FundingSource;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;

/**
 * One APBD/APBDes budget line for BPJS Ketenagakerjaan contributions, in its latest revision. Earlier revisions are
 * {@link BudgetLineRevision}s; {@code version} is the optimistic lock exposed as the ETag.
 */
@Entity
@Table(name = "budget_line")
public class BudgetLine {

    @Id
    public UUID id;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    public String region;

    @Enumerated(EnumType.STRING)
    @Column(name = "budget_kind")
    public BudgetKind budgetKind;

    @Enumerated(EnumType.STRING)
    public BudgetStage stage;

    /** Sumber dana of an APBDes line; null for APBD. */
    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source")
    public FundingSource fundingSource;

    @Enumerated(EnumType.STRING)
    @Column(name = "payer_type")
    public PayerType payerType;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "agency_name")
    public String agencyName;

    @Column(name = "sub_activity_code")
    public String subActivityCode;

    @Column(name = "account_code")
    public String accountCode;

    @Column(name = "account_code_original")
    public String accountCodeOriginal;

    @Enumerated(EnumType.STRING)
    public Programme programme;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_category")
    public Category targetCategory;

    @Column(name = "target_participants")
    public int targetParticipants;

    public long amount;

    public long disbursed;

    @Column(name = "external_ref")
    public String externalRef;

    @Column(name = "pool_id")
    public String poolId;

    public int revision;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    /** What the line can still pay out. */
    public long remaining() {
        return amount - disbursed;
    }
}
