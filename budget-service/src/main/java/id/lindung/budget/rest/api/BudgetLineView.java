package id.lindung.budget.rest.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.lindung.budget.domain.BudgetLine;
import id.lindung.contracts.budget.BudgetKind;
import id.lindung.contracts.budget.BudgetStage;
import id.lindung.contracts.budget.FundingSource;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;

/** A budget line as the API shows it: its latest revision. */
@Schema(name = "BudgetLine", description = "A budget line in its latest revision; amounts in whole rupiah")
public record BudgetLineView(
        UUID id,
        @Schema(example = "2026") int fiscalYear,
        @Schema(description = "Kemendagri code of the government that owns the budget", example = "36.03") String region,
        BudgetKind budgetKind,
        @Schema(description = "Source of funds of an APBDES line (sumber dana); null for APBD") FundingSource fundingSource,
        BudgetStage stage,
        @Schema(description = "Derived from the level of the region") PayerType payerType,
        Agency agency,
        @Schema(example = "1.02.01.2.08.0004") String subActivityCode,
        @Schema(description = "Normalised account code (Permendagri 90/2019 layout, or Permendagri 20/2018 for APBDes)", example = "5.1.02.02.02.0006") String accountCode,
        @Schema(description = "The account code exactly as it was posted", example = "5.1.2.02.02.0006") String accountCodeOriginal,
        Programme programme,
        Category targetCategory,
        @Schema(example = "4156") int targetParticipants,
        @Schema(description = "Allocated amount, whole rupiah", example = "269308800") long amount,
        @Schema(description = "Paid out by SP2D so far", example = "22442400") long disbursed,
        @Schema(description = "amount - disbursed", example = "246866400") long remaining,
        @Schema(description = "The finance system's own id of the line, unique per region and fiscal year", example = "DPA-1.02.01-2026-0006") String externalRef,
        @Schema(description = "The funding pool the line allocates to", example = "36.03:2026:JKK:NON_ASN") String poolId,
        @Schema(description = "1 for the original allocation, one more per revision", example = "1") int revision,
        @Schema(description = "The version the ETag names") long version,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        String updatedBy) {

    public static BudgetLineView of(BudgetLine line) {
        return new BudgetLineView(line.id, line.fiscalYear, line.region, line.budgetKind, line.fundingSource, line.stage,
                line.payerType,
                line.agencyCode == null ? null : new Agency(line.agencyCode, line.agencyName), line.subActivityCode,
                line.accountCode, line.accountCodeOriginal, line.programme, line.targetCategory,
                line.targetParticipants, line.amount, line.disbursed, line.remaining(), line.externalRef, line.poolId,
                line.revision, line.version, line.createdAt, line.createdBy, line.updatedAt, line.updatedBy);
    }
}
