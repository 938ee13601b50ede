package id.lindung.reporting.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Segment;
import id.lindung.contracts.region.RegionCode;
import id.lindung.contracts.region.RegionLevel;
import id.lindung.reporting.domain.CoverageDeltas;
import id.lindung.reporting.domain.CoverageDeltas.CounterKey;

/** Active participants per region x category x segment x programme. */
@ApplicationScoped
public class CoverageCountRepository {

    /** One counter of one region. {@code programme} is {@link CoverageDeltas#ALL_PROGRAMMES} for participants. */
    public record Cell(String region, Category category, Segment segment, String programme, long active) {
    }

    @Inject
    EntityManager entityManager;

    /** Adds the changes to the counters (rows are created on first use), in key order. */
    public void apply(List<Map.Entry<CounterKey, Long>> changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<String> regions = new ArrayList<>(changes.size());
        List<String> parents = new ArrayList<>(changes.size());
        List<Short> levels = new ArrayList<>(changes.size());
        List<String> categories = new ArrayList<>(changes.size());
        List<String> segments = new ArrayList<>(changes.size());
        List<String> programmes = new ArrayList<>(changes.size());
        List<Long> deltas = new ArrayList<>(changes.size());
        for (Map.Entry<CounterKey, Long> change : changes) {
            RegionCode region = RegionCode.of(change.getKey().region());
            regions.add(region.value());
            parents.add(region.parent().map(RegionCode::value).orElse(null));
            levels.add((short) region.level().ordinal());
            categories.add(change.getKey().category().name());
            segments.add(change.getKey().segment().name());
            programmes.add(change.getKey().programme());
            deltas.add(change.getValue());
        }
        Sql.update(entityManager, """
                insert into coverage_count (region, parent, level, category, segment, programme, active)
                select * from unnest(?::text[], ?::text[], ?::smallint[], ?::text[], ?::text[], ?::text[], ?::bigint[])
                on conflict (region, category, segment, programme)
                do update set active = coverage_count.active + excluded.active""", (connection, statement) -> {
            statement.setArray(1, Sql.array(connection, "text", regions));
            statement.setArray(2, Sql.array(connection, "text", parents));
            statement.setArray(3, Sql.array(connection, "int2", levels));
            statement.setArray(4, Sql.array(connection, "text", categories));
            statement.setArray(5, Sql.array(connection, "text", segments));
            statement.setArray(6, Sql.array(connection, "text", programmes));
            statement.setArray(7, Sql.array(connection, "int8", deltas));
        });
    }

    /** The non-zero counters of one region. */
    public List<Cell> cells(RegionCode region) {
        return Sql.query(entityManager, """
                select region, category, segment, programme, active from coverage_count
                where region = ? and active <> 0""",
                (connection, statement) -> statement.setString(1, region.value()), CoverageCountRepository::map);
    }

    /** The non-zero counters of every child of a region. */
    public List<Cell> childCells(RegionCode parent) {
        return Sql.query(entityManager, """
                select region, category, segment, programme, active from coverage_count
                where parent = ? and active <> 0""",
                (connection, statement) -> statement.setString(1, parent.value()), CoverageCountRepository::map);
    }

    /** Active participants of every region at a level, optionally of one category. */
    public Map<String, Long> activeAtLevel(RegionLevel level, Optional<Category> category) {
        Map<String, Long> active = new HashMap<>();
        Sql.query(entityManager, """
                select region, sum(active) from coverage_count
                where level = ? and programme = 'ALL' and (?::text is null or category = ?)
                group by region""", (connection, statement) -> {
            statement.setShort(1, (short) level.ordinal());
            statement.setString(2, category.map(Category::name).orElse(null));
            statement.setString(3, category.map(Category::name).orElse(null));
        }, row -> active.put(row.getString(1), row.getLong(2)));
        return active;
    }

    private static Cell map(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Cell(row.getString(1), Category.valueOf(row.getString(2)), Segment.valueOf(row.getString(3)),
                row.getString(4), row.getLong(5));
    }
}
