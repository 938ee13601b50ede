package id.lindung.reporting.service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import id.lindung.contracts.programme.Category;
import id.lindung.reporting.rest.api.CoverageReport;
import id.lindung.reporting.rest.api.CoverageReport.CategoryCoverage;

/**
 * How the children of a region are sorted: by code, name, active participants, potential or coverage, each either
 * over all categories or over one. Regions without a value (no potential, no name) come last in either order; ties
 * go by region code.
 */
public record ChildrenQuery(Sort sort, boolean descending, Optional<Category> category) {

    public enum Sort {
        REGION, NAME, ACTIVE, POTENTIAL, COVERAGE
    }

    public Comparator<CoverageReport> comparator() {
        Comparator<CoverageReport> byRegion = Comparator.comparing(CoverageReport::region);
        Function<CoverageReport, Comparable<?>> key = switch (sort) {
            case REGION -> CoverageReport::region;
            case NAME -> CoverageReport::name;
            case ACTIVE -> report -> active(report);
            case POTENTIAL -> report -> potential(report);
            case COVERAGE -> report -> coverage(report);
        };
        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<CoverageReport> byKey = (a, b) -> {
            Comparable left = key.apply(a);
            Comparable right = key.apply(b);
            if (left == null || right == null) {
                return left == right ? 0 : left == null ? 1 : -1;
            }
            int order = left.compareTo(right);
            return descending ? -order : order;
        };
        return byKey.thenComparing(byRegion);
    }

    public List<CoverageReport> sorted(List<CoverageReport> reports) {
        return reports.stream().sorted(comparator()).toList();
    }

    private Long active(CoverageReport report) {
        return category.map(c -> forCategory(report, c).map(CategoryCoverage::active).orElse(0L))
                .orElse(report.active());
    }

    private Long potential(CoverageReport report) {
        return category.isPresent()
                ? forCategory(report, category.get()).map(CategoryCoverage::potential).orElse(null)
                : report.potential();
    }

    private Double coverage(CoverageReport report) {
        return category.isPresent()
                ? forCategory(report, category.get()).map(CategoryCoverage::coveragePercent).orElse(null)
                : report.coveragePercent();
    }

    private static Optional<CategoryCoverage> forCategory(CoverageReport report, Category category) {
        return report.byCategory().stream().filter(entry -> entry.category() == category).findFirst();
    }
}
