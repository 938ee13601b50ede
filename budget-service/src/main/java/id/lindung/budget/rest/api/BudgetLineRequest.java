package id.lindung.budget.rest.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.lindung.contracts.budget.BudgetKind;
import id.lindung.contracts.budget.BudgetStage;
import id.lindung.contracts.budget.FundingSource;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;

/**
 * A budget line as a finance system posts it (POST) or revises it (PUT, the whole line again). On a revision the
 * fields that place the line in its funding pool (fiscal year, region, budget kind, programme, target category) and its
 * external ref cannot change.
 */
@Schema(name = "BudgetLineRequest", description = "A budget line as posted or revised; amounts in whole rupiah")
public record BudgetLineRequest(
        @Schema(description = "Fiscal year (calendar year), from 2021 to next year", example = "2026", required = true) @NotNull(message = "is required") Integer fiscalYear,
        @Schema(description = "Kemendagri code of the government that owns the budget: a province or regency/city for APBD, a village (desa) for APBDES", example = "36.03", required = true) @NotBlank(message = "is required") String region,
        @Schema(required = true) @NotNull(message = "is required") BudgetKind budgetKind,
        @Schema(description = "Source of funds (sumber dana) of an APBDES line: required there, and not given for an APBD line", example = "DANA_DESA") FundingSource fundingSource,
        @Schema(description = "MURNI (the DPA) or PERUBAHAN (APBD-P); MURNI when absent") BudgetStage stage,
        @Valid Agency agency,
        @Schema(description = "Sub-activity (sub kegiatan) code", example = "1.02.01.2.08.0004") @Pattern(regexp = "[0-9A-Za-z]{1,4}(\\.[0-9A-Za-z]{1,4}){2,7}", message = "must be a sub-activity code such as 1.02.01.2.08.0004") String subActivityCode,
        @Schema(description = "Belanja account code; written any of the known ways, stored normalised with the original kept", example = "5.1.02.02.02.0006", required = true) @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters") String accountCode,
        @Schema(description = "JKK, JKM, JHT or JP (JKP is never paid from a regional budget)", required = true) @NotNull(message = "is required") Programme programme,
        @Schema(required = true) @NotNull(message = "is required") Category targetCategory,
        @Schema(description = "How many participants the line is budgeted for", example = "4156", required = true) @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") @Max(value = 50_000_000, message = "must be at most 50,000,000") Integer targetParticipants,
        @Schema(description = "Allocated amount in whole rupiah, above 0 and below 10^15", example = "269308800", required = true) @NotNull(message = "is required") @Positive(message = "must be positive") @Max(value = 999_999_999_999_999L, message = "must be below 10^15") Long amount,
        @Schema(description = "The finance system's own id of the line, unique per region and fiscal year", example = "DPA-1.02.01-2026-0006", required = true) @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String externalRef,
        @Schema(description = "Free text kept with the revision, e.g. the Perda of the APBD-P", example = "Perda 5/2026 APBD-P") @Size(max = 500, message = "must be at most 500 characters") String note) {
}
