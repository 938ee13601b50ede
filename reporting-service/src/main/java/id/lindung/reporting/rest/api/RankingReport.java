package id.lindung.reporting.rest.api;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.region.RegionLevel;

/** Regions of one level ranked by a metric. */
@Schema(name = "RankingReport")
public record RankingReport(
        RegionLevel level,
        Metric metric,
        @Schema(description = "The category the figures are limited to; null for all") Category category,
        Order order,
        @Schema(description = "Year of the targets behind coverage", examples = "2025") int year,
        @Schema(type = SchemaType.STRING, description = "Start of the growth period (end of this month)", examples = "2024-12") YearMonth from,
        @Schema(type = SchemaType.STRING, description = "End of the growth period (end of this month)", examples = "2025-12") YearMonth to,
        @Schema(description = "The region whose sub-regions are ranked (the token's scope by default)", examples = "ID") String within,
        List<Item> items,
        OffsetDateTime asOf) {

    @Schema(name = "RankingMetric")
    public enum Metric {
        COVERAGE, ENROLLED, GROWTH
    }

    @Schema(name = "RankingOrder")
    public enum Order {
        ASC, DESC
    }

    /** One ranked region. Regions without a value for the metric (no potential, nobody at the start) come last. */
    @Schema(name = "RankingItem")
    public record Item(int rank, String region, String name,
            @Schema(description = "The ranked value: coverage %, active participants or growth %") Double value,
            long active, Long potential, Double coveragePercent, Double growthPercent) {
    }
}
