package id.lindung.reporting.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;
import id.lindung.reporting.rest.api.CoverageReport;

/** Coverage reports as CSV, one row per region, one column per figure (fixed columns, so files stack). */
public final class CoverageCsv {

    private static final CsvSchema SCHEMA = schema();

    private CoverageCsv() {
    }

    public static String write(List<CoverageReport> reports) {
        return CsvRows.write(SCHEMA, reports.stream().map(CoverageCsv::row).toList());
    }

    private static CsvSchema schema() {
        CsvSchema.Builder builder = CsvSchema.builder();
        for (String column : List.of("region", "name", "level", "year", "active", "potential", "potentialSource",
                "coveragePercent")) {
            builder.addColumn(column);
        }
        for (Category category : Category.values()) {
            builder.addColumn("active_" + category).addColumn("potential_" + category)
                    .addColumn("coveragePercent_" + category);
        }
        for (Segment segment : Segment.values()) {
            builder.addColumn("active_" + segment);
        }
        for (Programme programme : Programme.values()) {
            builder.addColumn("active_" + programme);
        }
        builder.addColumn("asOf");
        return builder.build().withHeader();
    }

    private static Map<String, Object> row(CoverageReport report) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("region", report.region());
        row.put("name", report.name());
        row.put("level", report.level().name());
        row.put("year", report.year());
        row.put("active", report.active());
        row.put("potential", report.potential());
        row.put("potentialSource", report.potentialSource().name());
        row.put("coveragePercent", report.coveragePercent());
        for (Category category : Category.values()) {
            row.put("active_" + category, 0L);
        }
        report.byCategory().forEach(entry -> {
            row.put("active_" + entry.category(), entry.active());
            row.put("potential_" + entry.category(), entry.potential());
            row.put("coveragePercent_" + entry.category(), entry.coveragePercent());
        });
        for (Segment segment : Segment.values()) {
            row.put("active_" + segment, 0L);
        }
        report.bySegment().forEach(entry -> row.put("active_" + entry.segment(), entry.active()));
        for (Programme programme : Programme.values()) {
            row.put("active_" + programme, 0L);
        }
        report.byProgramme().forEach(entry -> row.put("active_" + entry.programme(), entry.active()));
        row.put("asOf", report.asOf() == null ? null : report.asOf().toString());
        return row;
    }
}
