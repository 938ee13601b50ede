package id.lindung.enrollment.repository;

import java.util.Map;

import id.lindung.contracts.region.RegionCode;

/**
 * "Belongs to a region" for enrollments and findings: the domicile or a payer lies in the region's subtree. Codes are
 * prefix-matched ({@code 36.03} and {@code 36.03.%}), which the {@code varchar_pattern_ops} indexes serve.
 */
final class RegionFilter {

    private RegionFilter() {
    }

    /** A JPQL condition over the given region columns, with parameters {@code region} and {@code regionPrefix}. */
    static String within(String... columns) {
        StringBuilder condition = new StringBuilder("(");
        for (int i = 0; i < columns.length; i++) {
            if (i > 0) {
                condition.append(" or ");
            }
            condition.append(columns[i]).append(" = :region or ").append(columns[i]).append(" like :regionPrefix");
        }
        return condition.append(")").toString();
    }

    static void bind(Map<String, Object> parameters, RegionCode region) {
        parameters.put("region", region.value());
        parameters.put("regionPrefix", region.value() + ".%");
    }
}
