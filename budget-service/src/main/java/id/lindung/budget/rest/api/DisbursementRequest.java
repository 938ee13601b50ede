package id.lindung.budget.rest.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An SP2D (for APBDes, the village's payment order) paid from a budget line. */
@Schema(name = "DisbursementRequest", description = "An SP2D paid from the line; amount in whole rupiah")
public record DisbursementRequest(
        @Schema(description = "SP2D number, unique per region and fiscal year", example = "0012/SP2D/LS/BPKAD/2026", required = true) @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String sp2dNumber,
        @Schema(description = "Date of the SP2D: within the line's fiscal year and not in the future", example = "2026-02-10", required = true) @NotNull(message = "is required") LocalDate sp2dDate,
        @Schema(description = "Amount paid, whole rupiah", example = "44884800", required = true) @NotNull(message = "is required") @Positive(message = "must be positive") @Max(value = 999_999_999_999_999L, message = "must be below 10^15") Long amount,
        @Schema(description = "Contribution months paid for (YYYY-MM), of the fiscal year or arrears of the year before", example = "[\"2026-01\", \"2026-02\"]", required = true) @NotEmpty(message = "must name at least one month") @Size(max = 24, message = "must name at most 24 months") List<@NotNull(message = "must be a month") YearMonth> monthsCovered,
        @Schema(description = "How many participants the payment is for", example = "4156", required = true) @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1") @Max(value = 50_000_000, message = "must be at most 50,000,000") Integer participants) {
}
