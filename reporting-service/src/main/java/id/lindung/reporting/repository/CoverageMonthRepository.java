package id.lindung.reporting.repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.region.RegionCode;
import id.lindung.contracts.region.RegionLevel;
import id.lindung.reporting.domain.CoverageDeltas.MonthCounts;
import id.lindung.reporting.domain.CoverageDeltas.MonthKey;

/**
 * Monthly changes per region (table {@code coverage_monthly}): per category, the net change of active participants
 * ({@code active_<category>}) and the enrollments started ({@code started_<category>}).
 */
@ApplicationScoped
public class CoverageMonthRepository {

    /** The changes of one month (first day) in one region, for one category or all. */
    public record Month(LocalDate month, long activeDelta, long newEnrollments) {
    }

    /** Net changes of active participants after the end of two months. */
    public record Between(long afterFrom, long afterTo) {
    }

    private static final List<String> ACTIVE = columns("active_");
    private static final List<String> STARTED = columns("started_");
    private static final String UPSERT = """
            insert into coverage_monthly (region, parent, level, month, %s, %s)
            select * from unnest(?::text[], ?::text[], ?::smallint[], ?::date[], %s)
            on conflict (region, month) do update set %s""".formatted(
            String.join(", ", ACTIVE), String.join(", ", STARTED),
            String.join(", ", java.util.Collections.nCopies(ACTIVE.size() + STARTED.size(), "?::bigint[]")),
            java.util.stream.Stream.concat(ACTIVE.stream(), STARTED.stream())
                    .map(column -> column + " = coverage_monthly." + column + " + excluded." + column)
                    .collect(Collectors.joining(", ")));

    @Inject
    EntityManager entityManager;

    public void apply(List<Map.Entry<MonthKey, MonthCounts>> changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<String> regions = new ArrayList<>(changes.size());
        List<String> parents = new ArrayList<>(changes.size());
        List<Short> levels = new ArrayList<>(changes.size());
        List<String> months = new ArrayList<>(changes.size());
        List<List<Long>> values = new ArrayList<>();
        for (int i = 0; i < ACTIVE.size() + STARTED.size(); i++) {
            values.add(new ArrayList<>(changes.size()));
        }
        for (Map.Entry<MonthKey, MonthCounts> change : changes) {
            RegionCode region = RegionCode.of(change.getKey().region());
            regions.add(region.value());
            parents.add(region.parent().map(RegionCode::value).orElse(null));
            levels.add((short) region.level().ordinal());
            months.add(change.getKey().month().toString());
            for (Category category : Category.values()) {
                values.get(category.ordinal()).add(change.getValue().active(category));
                values.get(ACTIVE.size() + category.ordinal()).add(change.getValue().started(category));
            }
        }
        Sql.update(entityManager, UPSERT, (connection, statement) -> {
            statement.setArray(1, Sql.array(connection, "text", regions));
            statement.setArray(2, Sql.array(connection, "text", parents));
            statement.setArray(3, Sql.array(connection, "int2", levels));
            statement.setArray(4, Sql.array(connection, "text", months));
            for (int i = 0; i < values.size(); i++) {
                statement.setArray(5 + i, Sql.array(connection, "int8", values.get(i)));
            }
        });
    }

    /** Every month up to {@code to} (inclusive) that changed anything in the region, in order. */
    public List<Month> upTo(RegionCode region, Optional<Category> category, LocalDate to) {
        return Sql.query(entityManager, "select month, " + sum("active_", category) + ", " + sum("started_", category)
                + " from coverage_monthly where region = ? and month <= ? order by month", (connection, statement) -> {
                    statement.setString(1, region.value());
                    statement.setDate(2, Date.valueOf(to));
                }, row -> new Month(row.getDate(1).toLocalDate(), row.getLong(2), row.getLong(3)));
    }

    /**
     * For every region of a level: the net change of active participants after the end of {@code from} and after the
     * end of {@code to} (both first days of months). The active count at the end of a month is the current count less
     * the changes after it, so only the months after {@code from} are read.
     */
    public Map<String, Between> changesAfterAtLevel(RegionLevel level, Optional<Category> category, LocalDate from,
            LocalDate to) {
        String change = sum("active_", category);
        Map<String, Between> result = new HashMap<>();
        Sql.query(entityManager, "select region, sum(" + change + "), coalesce(sum(" + change
                + ") filter (where month > ?), 0) from coverage_monthly where level = ? and month > ? group by region",
                (connection, statement) -> {
                    statement.setDate(1, Date.valueOf(to));
                    statement.setShort(2, (short) level.ordinal());
                    statement.setDate(3, Date.valueOf(from));
                }, row -> result.put(row.getString(1), new Between(row.getLong(2), row.getLong(3))));
        return result;
    }

    /** The column of one category, or the sum over all (column names come from the enum, never from input). */
    private static String sum(String prefix, Optional<Category> category) {
        return category.map(c -> prefix + c.name().toLowerCase(Locale.ROOT))
                .orElseGet(() -> "(" + String.join(" + ", columns(prefix)) + ")");
    }

    private static List<String> columns(String prefix) {
        return Arrays.stream(Category.values()).map(c -> prefix + c.name().toLowerCase(Locale.ROOT)).toList();
    }
}
