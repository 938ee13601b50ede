package id.lindung.reporting.rest.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.lindung.contracts.programme.CategoryGroup;
import id.lindung.contracts.region.RegionLevel;

/**
 * Whether one regional government has budgeted its workers' BPJS Ketenagakerjaan contributions for a year (what
 * Kemendagri's monitoring asks of every pemda), with what it allocated, how many participants that funds, and the
 * coverage of its region.
 */
@Schema(name = "BudgetingStatus", description = "One regional government's budgeting for a year, and the coverage of its region")
public record BudgetingStatus(
        @Schema(example = "74.13") String region,
        @Schema(example = "Kabupaten Muna Barat") String name,
        RegionLevel level,
        @Schema(example = "2026") int year,
        @Schema(description = "True when its own budget (APBD or APBDes) has any line for the year") boolean budgeted,
        @Schema(description = "Allocated by its own budget over every programme and category, whole rupiah", example = "269308800") long allocated,
        @Schema(description = "The most participants any one programme of its own budget funds (a person funded for JKK and JKM counts once)", example = "2270") long fundedParticipants,
        @Schema(description = "The same per category group") List<GroupStatus> byGroup,
        @Schema(description = "Active participants living in the region", example = "12694") long active,
        @Schema(description = "Potential of the region for the year; null without targets", example = "15000") Long potential,
        @Schema(description = "active / potential in percent, two decimals; null without potential", examples = "84.63") Double coveragePercent) {

    /** Budgeting of one category group. */
    @Schema(name = "GroupBudgetingStatus")
    public record GroupStatus(CategoryGroup group,
            @Schema(description = "True when some line of its own budget targets a category of the group") boolean budgeted,
            @Schema(example = "119692800") long allocated,
            @Schema(description = "The most participants of the group any one programme funds", example = "2270") long fundedParticipants) {
    }

    /** The JSON shape of a page of statuses (for OpenAPI). */
    @Schema(name = "BudgetingStatusPage")
    public record Page(List<BudgetingStatus> items, int page, int size, long totalItems, int totalPages) {
    }
}
