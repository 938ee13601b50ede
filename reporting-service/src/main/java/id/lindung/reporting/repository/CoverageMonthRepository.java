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
import id.lindung.reporting.domain.CoverageDeltas.MonthDelta;
import id.lindung.reporting.domain.CoverageDeltas.MonthKey;

/** Monthly net changes of active participants and enrollments started, per region and category. */
@ApplicationScoped
public class CoverageMonthRepository {

    /** The summed changes of one month (first day) in one region. */
    public record Month(LocalDate month, long activeDelta, long newEnrollments) {
    }

    /** Active participants of a region at the end of two months. */
    public record Between(long atFrom, long atTo) {
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
            categories.add(change.getKey().category().name());
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
                select month, sum(active_delta), sum(new_enrollments) from coverage_month
                where region = ? and month <= ? and (?::text is null or category = ?)
                group by month order by month""", (connection, statement) -> {
            statement.setString(1, region.value());
            statement.setDate(2, Date.valueOf(to));
            statement.setString(3, category.map(Category::name).orElse(null));
            statement.setString(4, category.map(Category::name).orElse(null));
        }, row -> new Month(row.getDate(1).toLocalDate(), row.getLong(2), row.getLong(3)));
    }

    /** Active participants at the end of two months for every region of a level. */
    public Map<String, Between> betweenAtLevel(RegionLevel level, Optional<Category> category, LocalDate from,
            LocalDate to) {
        Map<String, Between> result = new HashMap<>();
        Sql.query(entityManager, """
                select region, coalesce(sum(active_delta) filter (where month <= ?), 0), sum(active_delta)
                from coverage_month
                where level = ? and month <= ? and (?::text is null or category = ?)
                group by region""", (connection, statement) -> {
            statement.setDate(1, Date.valueOf(from));
            statement.setShort(2, (short) level.ordinal());
            statement.setDate(3, Date.valueOf(to));
            statement.setString(4, category.map(Category::name).orElse(null));
            statement.setString(5, category.map(Category::name).orElse(null));
        }, row -> result.put(row.getString(1), new Between(row.getLong(2), row.getLong(3))));
        return result;
    }
}
