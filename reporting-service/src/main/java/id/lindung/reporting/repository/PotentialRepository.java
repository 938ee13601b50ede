package id.lindung.reporting.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.region.RegionCode;
import id.lindung.contracts.region.RegionLevel;
import id.lindung.reporting.domain.Potential;
import id.lindung.reporting.domain.Potential.Source;

/**
 * The effective potential of each region per year (table {@code potential_rollup}): what was posted for it, or the
 * sum of its children's. Kept current by {@link #recompute} after every posting.
 */
@ApplicationScoped
public class PotentialRepository {

    /** A category's potential, or the total when {@code category} is null. */
    private record Row(String region, Category category, long potential, boolean posted) {
    }

    @Inject
    EntityManager entityManager;

    public Potential of(RegionCode region, int year) {
        return fold(Sql.query(entityManager, """
                select region, category, potential, posted from potential_rollup where region = ? and year = ?
                union all
                select region, 'TOTAL', total, posted from potential_total where region = ? and year = ?""",
                (connection, statement) -> {
                    statement.setString(1, region.value());
                    statement.setInt(2, year);
                    statement.setString(3, region.value());
                    statement.setInt(4, year);
                }, PotentialRepository::map));
    }

    /** The potential of every child of the region that has one. */
    public Map<String, Potential> ofChildren(RegionCode parent, int year) {
        return byRegion(Sql.query(entityManager, """
                select region, category, potential, posted from potential_rollup where parent = ? and year = ?
                union all
                select region, 'TOTAL', total, posted from potential_total where parent = ? and year = ?""",
                (connection, statement) -> {
                    statement.setString(1, parent.value());
                    statement.setInt(2, year);
                    statement.setString(3, parent.value());
                    statement.setInt(4, year);
                }, PotentialRepository::map));
    }

    /** The potential of every region of a level that has one. */
    public Map<String, Potential> atLevel(RegionLevel level, int year) {
        int length = switch (level) {
            case NATION -> 2;
            case PROVINCE -> 2;
            case REGENCY -> 5;
            case DISTRICT -> 8;
            case VILLAGE -> 13;
        };
        return byRegion(Sql.query(entityManager, """
                select region, category, potential, posted from potential_rollup
                where year = ? and length(region) = ? and region <> 'ID'
                union all
                select region, 'TOTAL', total, posted from potential_total
                where year = ? and length(region) = ? and region <> 'ID'""", (connection, statement) -> {
            statement.setInt(1, year);
            statement.setInt(2, length);
            statement.setInt(3, year);
            statement.setInt(4, length);
        }, PotentialRepository::map));
    }

    /**
     * Brings the region and every enclosing region up to date after the region's posting changed: a posted region
     * takes its posting, any other the sum of its children's rows. Stops at the first enclosing region that has a
     * posting of its own, since that one does not depend on its children.
     */
    public void recompute(RegionCode region, int year) {
        for (RegionCode current : region.lineage()) {
            boolean posted = !Sql.query(entityManager, "select 1 from target_posting where region = ? and year = ?",
                    (connection, statement) -> {
                        statement.setString(1, current.value());
                        statement.setInt(2, year);
                    }, row -> 1).isEmpty();
            if (posted && !current.equals(region)) {
                return;
            }
            for (String table : List.of("potential_rollup", "potential_total")) {
                Sql.update(entityManager, "delete from " + table + " where region = ? and year = ?",
                        (connection, statement) -> {
                            statement.setString(1, current.value());
                            statement.setInt(2, year);
                        });
            }
            String parent = current.parent().map(RegionCode::value).orElse(null);
            if (posted) {
                Sql.update(entityManager, """
                        insert into potential_rollup (region, parent, year, category, potential, posted)
                        select p.region, ?, p.year, t.category, t.potential, true
                        from target_posting p join target_potential t on t.posting_id = p.id
                        where p.region = ? and p.year = ?""", (connection, statement) -> {
                    statement.setString(1, parent);
                    statement.setString(2, current.value());
                    statement.setInt(3, year);
                });
                Sql.update(entityManager, """
                        insert into potential_total (region, parent, year, total, posted)
                        select p.region, ?, p.year,
                               coalesce(p.total, (select sum(t.potential) from target_potential t where t.posting_id = p.id)),
                               true
                        from target_posting p where p.region = ? and p.year = ?""", (connection, statement) -> {
                    statement.setString(1, parent);
                    statement.setString(2, current.value());
                    statement.setInt(3, year);
                });
            } else {
                Sql.update(entityManager, """
                        insert into potential_rollup (region, parent, year, category, potential, posted)
                        select ?, ?, year, category, sum(potential), false
                        from potential_rollup where parent = ? and year = ? group by year, category""",
                        (connection, statement) -> {
                            statement.setString(1, current.value());
                            statement.setString(2, parent);
                            statement.setString(3, current.value());
                            statement.setInt(4, year);
                        });
                Sql.update(entityManager, """
                        insert into potential_total (region, parent, year, total, posted)
                        select ?, ?, year, sum(total), false
                        from potential_total where parent = ? and year = ? group by year""",
                        (connection, statement) -> {
                            statement.setString(1, current.value());
                            statement.setString(2, parent);
                            statement.setString(3, current.value());
                            statement.setInt(4, year);
                        });
            }
        }
    }

    private static Row map(ResultSet row) throws SQLException {
        String category = row.getString(2);
        return new Row(row.getString(1), "TOTAL".equals(category) ? null : Category.valueOf(category), row.getLong(3),
                row.getBoolean(4));
    }

    private static Map<String, Potential> byRegion(List<Row> rows) {
        Map<String, List<Row>> grouped = new HashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(row.region(), key -> new java.util.ArrayList<>()).add(row));
        Map<String, Potential> result = new HashMap<>();
        grouped.forEach((region, regionRows) -> result.put(region, fold(regionRows)));
        return result;
    }

    private static Potential fold(List<Row> rows) {
        if (rows.isEmpty()) {
            return Potential.NONE;
        }
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        Long total = null;
        for (Row row : rows) {
            if (row.category() == null) {
                total = row.potential();
            } else {
                byCategory.merge(row.category(), row.potential(), Long::sum);
            }
        }
        return new Potential(byCategory, total, rows.get(0).posted() ? Source.POSTED : Source.CHILDREN);
    }
}
