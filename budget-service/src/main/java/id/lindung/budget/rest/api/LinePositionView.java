package id.lindung.budget.rest.api;

import java.time.YearMonth;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The position of one line. Enrollments commit against the pool, not against a line: a line carries the pool's
 * commitments in proportion to its share of the pool's allocation.
 */
@Schema(name = "BudgetLinePosition", description = "Position of one budget line: its share of its pool's commitments, and the whole pool")
public record LinePositionView(
        UUID lineId,
        @Schema(example = "36.03:2026:JKK:NON_ASN") String poolId,
        @Schema(description = "The line's amount", example = "12000000") long allocated,
        @Schema(description = "The pool's commitments times the line's share of the pool's allocation", example = "9974400") long committed,
        @Schema(description = "Paid from this line by SP2D", example = "1662400") long disbursed,
        @Schema(description = "allocated - committed", example = "2025600") long headroom,
        @Schema(description = "What the line can still pay out: allocated - disbursed", example = "10337600") long remaining,
        @Schema(description = "The line's share of the pool's allocation, 0 to 1", example = "1.0") double shareOfPool,
        @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$", description = "The month (YYYY-MM) the pool's money runs out at the current run rate; null when it lasts the year", example = "2026-11") YearMonth runOutMonth,
        @Schema(description = "How many more participants the line's headroom covers for the remaining months", example = "422") long additionalParticipants,
        PoolPositionView pool) {
}
