package id.lindung.budget.rest.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.lindung.budget.domain.BudgetLineRevision;
import id.lindung.contracts.budget.BudgetStage;

/** One version of a line, with who made it and when. */
@Schema(name = "BudgetLineRevision", description = "One version of a budget line; revision 1 is the original allocation")
public record RevisionView(
        @Schema(example = "2") int revision,
        BudgetStage stage,
        @Schema(example = "300000000") long amount,
        @Schema(description = "The amount before this revision; null for the original allocation", example = "269308800") Long previousAmount,
        @Schema(example = "4500") int targetParticipants,
        @Schema(example = "5.1.02.02.02.0006") String accountCode,
        @Schema(example = "5.1.2.02.02.0006") String accountCodeOriginal,
        Agency agency,
        String subActivityCode,
        @Schema(example = "Perda 5/2026 APBD-P") String note,
        OffsetDateTime changedAt,
        @Schema(description = "Subject of the token that made the change", example = "bpkad-3603") String changedBy) {

    public static RevisionView of(BudgetLineRevision revision) {
        return new RevisionView(revision.revision, revision.stage, revision.amount, revision.previousAmount,
                revision.targetParticipants, revision.accountCode, revision.accountCodeOriginal,
                revision.agencyCode == null ? null : new Agency(revision.agencyCode, revision.agencyName),
                revision.subActivityCode, revision.note, revision.changedAt, revision.changedBy);
    }
}
