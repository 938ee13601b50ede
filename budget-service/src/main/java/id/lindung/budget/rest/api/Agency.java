package id.lindung.budget.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The regional work unit (SKPD/OPD) whose DPA holds the line. */
@Schema(description = "The regional work unit (SKPD/OPD) whose DPA holds the line")
public record Agency(
        @Schema(description = "SKPD code as the finance system writes it", example = "1.02.0.00.0.00.01.0000") @NotBlank(message = "must not be blank") @Size(max = 64, message = "must be at most 64 characters") String code,
        @Schema(description = "SKPD name", example = "Badan Pengelolaan Keuangan dan Aset Daerah") @Size(max = 200, message = "must be at most 200 characters") String name) {
}
