package id.lindung.reporting.rest.api;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.region.RegionLevel;

/** Monthly active participants (end of month) and new enrollments of a region. */
@Schema(name = "TrendReport")
public record TrendReport(
        @Schema(examples = "36") String region,
        @Schema(examples = "Banten") String name,
        RegionLevel level,
        @Schema(description = "The category the series is limited to; null for all") Category category,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, examples = "2025-01") YearMonth from,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, examples = "2025-12") YearMonth to,
        List<Point> points,
        @Schema(description = "Growth of active participants from the end of `from` to the end of `to`, percent with two"
                + " decimals (half up); null when there were none at `from`", examples = "160.55") Double growthPercent,
        OffsetDateTime asOf) {

    /** One month. */
    @Schema(name = "TrendPoint")
    public record Point(
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, examples = "2025-03") YearMonth month,
            @Schema(description = "Active participants at the end of the month") long active,
            @Schema(description = "Enrollments that started in the month") long newEnrollments,
            @Schema(description = "Growth of active participants over the previous month, percent; null when it had none") Double growthPercent) {
    }
}
