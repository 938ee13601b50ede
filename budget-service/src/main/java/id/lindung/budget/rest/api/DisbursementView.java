package id.lindung.budget.rest.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.lindung.budget.domain.Disbursement;

/** A recorded SP2D. */
@Schema(name = "Disbursement", description = "An SP2D recorded against a line; amounts in whole rupiah")
public record DisbursementView(
        UUID id,
        UUID lineId,
        @Schema(example = "36.03") String region,
        @Schema(example = "2026") int fiscalYear,
        @Schema(example = "0012/SP2D/LS/BPKAD/2026") String sp2dNumber,
        LocalDate sp2dDate,
        @Schema(example = "44884800") long amount,
        @Schema(example = "[\"2026-01\", \"2026-02\"]") List<YearMonth> monthsCovered,
        @Schema(example = "4156") int participants,
        OffsetDateTime recordedAt,
        String recordedBy) {

    public static DisbursementView of(Disbursement disbursement) {
        return new DisbursementView(disbursement.id, disbursement.lineId, disbursement.region,
                disbursement.fiscalYear, disbursement.sp2dNumber, disbursement.sp2dDate, disbursement.amount,
                Arrays.stream(disbursement.monthsCovered).map(YearMonth::parse).toList(), disbursement.participants,
                disbursement.recordedAt, disbursement.recordedBy);
    }
}
