package id.lindung.reporting.rest.api;

import java.time.OffsetDateTime;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.region.RegionLevel;
import id.lindung.reporting.domain.Potential;

/** A region's potential for a year: the effective figure and, when there is one, the posting behind it. */
@Schema(name = "Target")
public record TargetView(
        @Schema(examples = "36") String region,
        @Schema(examples = "Banten") String name,
        RegionLevel level,
        @Schema(examples = "2025") int year,
        @Schema(description = "Effective potential per category: the posting, or else the sum of the children's") Map<Category, Long> potential,
        @Schema(description = "Total effective potential; null when nothing covers the region", examples = "376162") Long total,
        @Schema(description = "POSTED for this region, CHILDREN when summed from the regions within, NONE when unknown") Potential.Source source,
        @Schema(description = "The posting for this region, if any") Posting posted) {

    @Schema(name = "TargetPosting")
    public record Posting(Map<Category, Long> potential, Long total, long version, String postedBy,
            OffsetDateTime postedAt) {
    }
}
