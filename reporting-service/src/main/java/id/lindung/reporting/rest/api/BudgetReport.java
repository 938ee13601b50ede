package id.lindung.reporting.rest.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.region.RegionLevel;
import id.lindung.reporting.domain.BudgetDeltas;

/**
 * Budget position of the regional governments in a region (the region's own and every one within it) for a fiscal
 * year, from the funding pool positions budget-service publishes. Amounts in whole rupiah.
 */
@Schema(name = "BudgetReport")
public record BudgetReport(
        @Schema(examples = "36") String region,
        @Schema(examples = "Banten") String name,
        RegionLevel level,
        @Schema(examples = "2025") int year,
        Position total,
        List<ProgrammePosition> byProgramme,
        List<CategoryPosition> byCategory,
        @Schema(description = "Per programme and category") List<CellPosition> cells,
        @Schema(description = "The same for every child region that has a budget") List<Child> children,
        @Schema(description = "Time of the last budget event applied; null before the first") OffsetDateTime asOf) {

    /** Summed position of one or more funding pools. */
    @Schema(name = "BudgetPosition")
    public record Position(
            @Schema(description = "Funding pools summed", examples = "2") long pools,
            @Schema(examples = "1296000000") long allocated,
            @Schema(examples = "1166400000") long committed,
            @Schema(examples = "486000000") long disbursed,
            @Schema(description = "allocated - committed; negative when short", examples = "129600000") long headroom,
            long fundedParticipants,
            long unfundedParticipants) {

        public static Position of(BudgetDeltas.Amounts amounts) {
            return new Position(amounts.pools(), amounts.allocated(), amounts.committed(), amounts.disbursed(),
                    amounts.headroom(), amounts.funded(), amounts.unfunded());
        }
    }

    @Schema(name = "BudgetProgrammePosition")
    public record ProgrammePosition(Programme programme, Position position) {
    }

    @Schema(name = "BudgetCategoryPosition")
    public record CategoryPosition(Category category, Position position) {
    }

    @Schema(name = "BudgetCellPosition")
    public record CellPosition(Programme programme, Category category, Position position) {
    }

    @Schema(name = "BudgetChild")
    public record Child(String region, String name, RegionLevel level, Position total,
            List<ProgrammePosition> byProgramme, List<CategoryPosition> byCategory) {
    }
}
