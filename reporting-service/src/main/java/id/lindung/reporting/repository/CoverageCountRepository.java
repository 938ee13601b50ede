package id.lindung.reporting.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;
import id.lindung.contracts.region.RegionCode;
import id.lindung.contracts.region.RegionLevel;
import id.lindung.reporting.domain.CoverageDeltas.CounterKey;
import id.lindung.reporting.domain.CoverageDeltas.Counts;

/** Active participants per region x category x segment, with the participants covered by each programme. */
@ApplicationScoped
public class CoverageCountRepository {

    /** One counter row of one region. */
    public record Cell(String region, Category category, Segment segment, Counts counts) {
    }

    private static final String COLUMNS = "region, category, segment, active, jkk, jkm, jht, jp, jkp";

    @Inject
    EntityManager entityManager;

    /** Adds the changes to the counters (rows are created on first use), in key order. */
    public void apply(List<Map.Entry<CounterKey, Counts>> changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<String> regions = new ArrayList<>(changes.size());
        List<String> parents = new ArrayList<>(changes.size());
        List<Short> levels = new ArrayList<>(changes.size());
        List<String> categories = new ArrayList<>(changes.size());
        List<String> segments = new ArrayList<>(changes.size());
        List<List<Long>> columns = new ArrayList<>();
        for (int i = 0; i <= Programme.values().length; i++) {
            columns.add(new ArrayList<>(changes.size()));
        }
        for (Map.Entry<CounterKey, Counts> change : changes) {
            RegionCode region = RegionCode.of(change.getKey().region());
            regions.add(region.value());
            parents.add(region.parent().map(RegionCode::value).orElse(null));
            levels.add((short) region.level().ordinal());
            categories.add(change.getKey().category().name());
            segments.add(change.getKey().segment().name());
            columns.get(0).add(change.getValue().active());
            for (Programme programme : Programme.values()) {
                columns.get(1 + programme.ordinal()).add(change.getValue().programme(programme));
            }
        }
        Sql.update(entityManager, """
                insert into coverage_counter (region, parent, level, category, segment, active, jkk, jkm, jht, jp, jkp)
                select * from unnest(?::text[], ?::text[], ?::smallint[], ?::text[], ?::text[], ?::bigint[],
                                     ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[])
                on conflict (region, category, segment) do update set
                    active = coverage_counter.active + excluded.active, jkk = coverage_counter.jkk + excluded.jkk,
                    jkm = coverage_counter.jkm + excluded.jkm, jht = coverage_counter.jht + excluded.jht,
                    jp = coverage_counter.jp + excluded.jp, jkp = coverage_counter.jkp + excluded.jkp""",
                (connection, statement) -> {
                    statement.setArray(1, Sql.array(connection, "text", regions));
                    statement.setArray(2, Sql.array(connection, "text", parents));
                    statement.setArray(3, Sql.array(connection, "int2", levels));
                    statement.setArray(4, Sql.array(connection, "text", categories));
                    statement.setArray(5, Sql.array(connection, "text", segments));
                    for (int i = 0; i < columns.size(); i++) {
                        statement.setArray(6 + i, Sql.array(connection, "int8", columns.get(i)));
                    }
                });
    }

    /** The counters of one region that are not all zero. */
    public List<Cell> cells(RegionCode region) {
        return Sql.query(entityManager, "select " + COLUMNS + " from coverage_counter where region = ? and active <> 0",
                (connection, statement) -> statement.setString(1, region.value()), CoverageCountRepository::map);
    }

    /** The counters of every child of a region that are not all zero. */
    public List<Cell> childCells(RegionCode parent) {
        return Sql.query(entityManager, "select " + COLUMNS + " from coverage_counter where parent = ? and active <> 0",
                (connection, statement) -> statement.setString(1, parent.value()), CoverageCountRepository::map);
    }

    /** Active participants of every region at a level, optionally of one category. */
    public Map<String, Long> activeAtLevel(RegionLevel level, Optional<Category> category) {
        Map<String, Long> active = new HashMap<>();
        Sql.query(entityManager, """
                select region, sum(active) from coverage_counter
                where level = ? and (?::text is null or category = ?)
                group by region""", (connection, statement) -> {
            statement.setShort(1, (short) level.ordinal());
            statement.setString(2, category.map(Category::name).orElse(null));
            statement.setString(3, category.map(Category::name).orElse(null));
        }, row -> active.put(row.getString(1), row.getLong(2)));
        return active;
    }

    private static Cell map(ResultSet row) throws SQLException {
        long[] programmes = new long[Programme.values().length];
        for (int i = 0; i < programmes.length; i++) {
            programmes[i] = row.getLong(5 + i);
        }
        return new Cell(row.getString(1), Category.valueOf(row.getString(2)), Segment.valueOf(row.getString(3)),
                new Counts(row.getLong(4), programmes));
    }
}
