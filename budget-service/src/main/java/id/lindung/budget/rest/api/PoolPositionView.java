package id.lindung.budget.rest.api;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;

/** The budget position of a funding pool. */
@Schema(name = "FundingPoolPosition", description = "Budget position of one funding pool (payer region, fiscal year, programme, category); amounts in whole rupiah")
public record PoolPositionView(
        @Schema(example = "36.03:2026:JKK:NON_ASN") String poolId,
        PayerType payerType,
        @Schema(example = "36.03") String payerRegion,
        @Schema(example = "Kabupaten Tangerang") String payerRegionName,
        @Schema(example = "2026") int fiscalYear,
        Programme programme,
        Category category,
        @Schema(description = "Budget lines in the pool", example = "1") int lines,
        @Schema(description = "Sum of the lines' amounts", example = "12000000") long allocated,
        @Schema(description = "Contributions due over the fiscal year for the participants the pool pays for", example = "9974400") long committed,
        @Schema(description = "Paid by SP2D", example = "1662400") long disbursed,
        @Schema(description = "allocated - committed; negative when short", example = "2025600") long headroom,
        @Schema(description = "Commitments per month, January first") List<Long> committedByMonth,
        @Schema(description = "Participants committed per month, January first") List<Integer> participantsByMonth,
        @Schema(description = "Participants committed against a pool with at least one line", example = "4156") int fundedParticipants,
        @Schema(description = "Participants whose payer has no line in this pool", example = "0") int unfundedParticipants,
        @Schema(description = "Commitments of the reference month (current month of the fiscal year)", example = "831200") long monthlyRunRate,
        @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$", description = "The month (YYYY-MM) the allocation runs out at the current run rate; null when it lasts the year", example = "2026-11") YearMonth runOutMonth,
        @Schema(description = "Monthly contribution of one participant, from the pool's own participants or a reference participant", example = "2400") long costPerParticipant,
        @Schema(description = "Months left in the fiscal year, the current one included", example = "2") int remainingMonths,
        @Schema(description = "How many more participants the headroom covers for the remaining months", example = "422") long additionalParticipants,
        @Schema(description = "Sequence of the last position event published for the pool", example = "7") long sequence,
        OffsetDateTime asOf) {
}
