package id.lindung.budget.rest.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;
import id.lindung.contracts.programme.Wages;

/** What a contribution quote depends on. Which base is needed follows from the rate table's rules. */
@Schema(name = "QuoteRequest", description = "A monthly contribution quote; give the base the segment's rules use")
public record QuoteRequest(
        @Schema(required = true) @NotNull(message = "is required") Segment segment,
        @Schema(description = "Programmes to quote", example = "[\"JKK\", \"JKM\"]", required = true) @NotEmpty(message = "must name at least one programme") @Size(max = 5, message = "must name at most 5 programmes") List<@NotNull(message = "must be a programme") Programme> programmes,
        @Schema(description = "Monthly wage (PU; JAKON when wages are known)", example = "1000000") @Positive(message = "must be positive") @Max(value = Wages.MAX_MONTHLY, message = "is not a plausible monthly wage") Long wage,
        @Schema(description = "Declared monthly income (BPU)", example = "1000000") @Positive(message = "must be positive") @Max(value = Wages.MAX_MONTHLY, message = "is not a plausible monthly income") Long declaredIncome,
        @Schema(description = "Construction contract value (JAKON without known wages); the result is per project", example = "750000000") @Positive(message = "must be positive") @Max(value = 999_999_999_999_999L, message = "must be below 10^15") Long contractValue,
        @Schema(description = "JKK risk class 1 (very low) to 5 (very high), for wage earners", example = "1") @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") Integer riskClass,
        @Schema(description = "Who pays: discounts such as PP 50/2025 exclude regional budgets", required = true) @NotNull(message = "is required") PayerType payer,
        @Schema(description = "Sector of a BPU worker where a discount depends on it, e.g. TRANSPORT", example = "TRANSPORT") @Size(max = 40, message = "must be at most 40 characters") String sector,
        @Schema(description = "The day the rates are taken from; today when absent", example = "2026-02-01") LocalDate date,
        @Schema(description = "The worker's birth date, when known: JP is refused (422) from the pension age of `date`"
                + " (PP 45/2015 art. 15)", example = "1990-05-17") LocalDate birthDate) {
}
