package id.lindung.reporting.rest.api;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The potential (target population) of a region for a year, per category, and optionally the total the region
 * published when it is smaller than the sum (workers counted in two categories); replaces what was posted before.
 */
@Schema(name = "TargetRequest", examples = """
        {"potential": {"NON_ASN": 159219, "PEKERJA_RENTAN": 217943}}""")
public record TargetRequest(
        @Schema(description = "Potential participants per category (NON_ASN, GURU_HONORER, PERANGKAT_DESA, BPD, RT_RW,"
                + " PENYELENGGARA_PEMILU, PEKERJA_RENTAN)") @NotNull(message = "is required") @NotEmpty(message = "names at least one category") Map<String, @NotNull(message = "is required") @PositiveOrZero(message = "must be 0 or more") @Max(value = 1_000_000_000L, message = "must be at most 1,000,000,000") Long> potential,
        @Schema(description = "Total potential as published, when smaller than the sum of the categories (people counted"
                + " in two); between the largest category and the sum. Omit for the plain sum.") @PositiveOrZero(message = "must be 0 or more") Long total) {
}
