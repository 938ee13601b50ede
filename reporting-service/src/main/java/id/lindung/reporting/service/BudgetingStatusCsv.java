package id.lindung.reporting.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import id.lindung.contracts.programme.CategoryGroup;
import id.lindung.reporting.rest.api.BudgetingStatus;

/** Budgeting statuses as CSV, one row per government, fixed columns (per group as {@code budgeted_<GROUP>} ...). */
public final class BudgetingStatusCsv {

    private static final CsvSchema SCHEMA = schema();

    private BudgetingStatusCsv() {
    }

    public static String write(List<BudgetingStatus> statuses) {
        return CsvRows.write(SCHEMA, statuses.stream().map(BudgetingStatusCsv::row).toList());
    }

    private static CsvSchema schema() {
        CsvSchema.Builder builder = CsvSchema.builder();
        for (String column : List.of("region", "name", "level", "year", "budgeted", "allocated", "fundedParticipants",
                "active", "potential", "coveragePercent")) {
            builder.addColumn(column);
        }
        for (CategoryGroup group : CategoryGroup.values()) {
            builder.addColumn("budgeted_" + group).addColumn("allocated_" + group)
                    .addColumn("fundedParticipants_" + group);
        }
        return builder.build().withHeader();
    }

    private static Map<String, Object> row(BudgetingStatus status) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("region", status.region());
        row.put("name", status.name());
        row.put("level", status.level().name());
        row.put("year", status.year());
        row.put("budgeted", status.budgeted());
        row.put("allocated", status.allocated());
        row.put("fundedParticipants", status.fundedParticipants());
        row.put("active", status.active());
        row.put("potential", status.potential());
        row.put("coveragePercent", status.coveragePercent());
        for (BudgetingStatus.GroupStatus group : status.byGroup()) {
            row.put("budgeted_" + group.group(), group.budgeted());
            row.put("allocated_" + group.group(), group.allocated());
            row.put("fundedParticipants_" + group.group(), group.fundedParticipants());
        }
        return row;
    }
}
