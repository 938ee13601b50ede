package id.lindung.reporting.repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.region.RegionCode;
import id.lindung.contracts.region.RegionLevel;
import id.lindung.reporting.domain.CoverageDeltas;
import id.lindung.reporting.domain.CoverageDeltas.MonthDelta;
import id.lindung.reporting.domain.CoverageDeltas.MonthKey;

/** Monthly net changes of active participants and enrollments started, per region and category. */
@ApplicationScoped
public class CoverageMonthRepository {

    /** The summed changes of one month (first day) in one region. */
    public record Month(LocalDate month, long activeDelta, long newEnrollments) {
    }

    /** Net changes of active participants after the end of two months. */
    public record Between(long afterFrom, long afterTo) {
    }

    @Inject
    EntityManager entityManager;

    public void apply(List<Map.Entry<MonthKey, MonthDelta>> changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<String> regions = new ArrayList<>(changes.size());
        List<String> parents = new ArrayList<>(changes.size());
        List<Short> levels = new ArrayList<>(changes.size());
        List<String> months = new ArrayList<>(changes.size());
        List<String> categories = new ArrayList<>(changes.size());
        List<Long> active = new ArrayList<>(changes.size());
        List<Long> started = new ArrayList<>(changes.size());
        for (Map.Entry<MonthKey, MonthDelta> change : changes) {
            RegionCode region = RegionCode.of(change.getKey().region());
            regions.add(region.value());
            parents.add(region.parent().map(RegionCode::value).orElse(null));
            levels.add((short) region.level().ordinal());
            months.add(change.getKey().month().toString());
            categories.add(change.getKey().category());
            active.add(change.getValue().active());
            started.add(change.getValue().newEnrollments());
        }
        Sql.update(entityManager, """
                insert into coverage_month (region, parent, level, month, category, active_delta, new_enrollments)
                select * from unnest(?::text[], ?::text[], ?::smallint[], ?::date[], ?::text[], ?::bigint[], ?::bigint[])
                on conflict (region, month, category) do update set
                    active_delta = coverage_month.active_delta + excluded.active_delta,
                    new_enrollments = coverage_month.new_enrollments + excluded.new_enrollments""",
                (connection, statement) -> {
                    statement.setArray(1, Sql.array(connection, "text", regions));
                    statement.setArray(2, Sql.array(connection, "text", parents));
                    statement.setArray(3, Sql.array(connection, "int2", levels));
                    statement.setArray(4, Sql.array(connection, "text", months));
                    statement.setArray(5, Sql.array(connection, "text", categories));
                    statement.setArray(6, Sql.array(connection, "int8", active));
                    statement.setArray(7, Sql.array(connection, "int8", started));
                });
    }

    /** Every month up to {@code to} (inclusive) that changed anything in the region, in order. */
    public List<Month> upTo(RegionCode region, Optional<Category> category, LocalDate to) {
        return Sql.query(entityManager, """
                select month, active_delta, new_enrollments from coverage_month
                where region = ? and category = ? and month <= ? order by month""", (connection, statement) -> {
            statement.setString(1, region.value());
            statement.setString(2, categoryKey(category));
            statement.setDate(3, Date.valueOf(to));
        }, row -> new Month(row.getDate(1).toLocalDate(), row.getLong(2), row.getLong(3)));
    }

    /**
     * For every region of a level: the net change of active participants after the end of {@code from} and after the
     * end of {@code to} (both first days of months). The active count at the end of a month is the current count less
     * the changes after it, so only the months after {@code from} are read.
     */
    public Map<String, Between> changesAfterAtLevel(RegionLevel level, Optional<Category> category, LocalDate from,
            LocalDate to) {
        Map<String, Between> result = new HashMap<>();
        Sql.query(entityManager, """
                select region, sum(active_delta), coalesce(sum(active_delta) filter (where month > ?), 0)
                from coverage_month
                where level = ? and category = ? and month > ?
                group by region""", (connection, statement) -> {
            statement.setDate(1, Date.valueOf(to));
            statement.setShort(2, (short) level.ordinal());
            statement.setString(3, categoryKey(category));
            statement.setDate(4, Date.valueOf(from));
        }, row -> result.put(row.getString(1), new Between(row.getLong(2), row.getLong(3))));
        return result;
    }

    private static String categoryKey(Optional<Category> category) {
        return category.map(Category::name).orElse(CoverageDeltas.ALL_CATEGORIES);
    }
}
