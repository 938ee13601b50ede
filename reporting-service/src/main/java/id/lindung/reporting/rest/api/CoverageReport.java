package id.lindung.reporting.rest.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;
import id.lindung.contracts.region.RegionLevel;
import id.lindung.reporting.domain.Potential;

/** Coverage of one region for one year. Counts only: no personal data. */
@Schema(name = "CoverageReport", description = "Active participants, potential and coverage of one region")
public record CoverageReport(
        @Schema(description = "Kemendagri code, or ID for the nation", examples = "36") String region,
        @Schema(description = "Name from the Kemendagri list; null when the list does not know the code", examples = "Banten") String name,
        RegionLevel level,
        @Schema(description = "Year whose targets the potential comes from", examples = "2025") int year,
        @Schema(description = "Active participants (each counted once)", examples = "122019") long active,
        @Schema(description = "Potential (target population); null when no target covers the region", examples = "376162") Long potential,
        @Schema(description = "Where the potential comes from") Potential.Source potentialSource,
        @Schema(description = "active / potential in percent, two decimals (half up, from the exact counts); null without potential", examples = "32.44") Double coveragePercent,
        @Schema(description = "Active participants of categories the potential gives no figure for, counted in `active` and so in coveragePercent; 0 when the potential covers every category counted (or is one published total)", examples = "0") long activeWithoutPotential,
        @Schema(description = "Per category, with the category's potential and coverage") List<CategoryCoverage> byCategory,
        @Schema(description = "Active participants per segment") List<SegmentCount> bySegment,
        @Schema(description = "Active participants covered by each programme") List<ProgrammeCount> byProgramme,
        @Schema(description = "Active participants per category and segment, with their programmes") List<Cell> breakdown,
        @Schema(description = "Time of the last event applied to the read model; null before the first") OffsetDateTime asOf) {

    @Schema(name = "CategoryCoverage")
    public record CategoryCoverage(Category category, long active, Long potential, Double coveragePercent) {
    }

    @Schema(name = "CoverageSegmentCount")
    public record SegmentCount(Segment segment, long active) {
    }

    @Schema(name = "CoverageProgrammeCount")
    public record ProgrammeCount(Programme programme, long active) {
    }

    @Schema(name = "CoverageCell")
    public record Cell(Category category, Segment segment, long active, Map<Programme, Long> byProgramme) {
    }
}
