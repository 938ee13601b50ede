package id.lindung.reporting.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import id.lindung.contracts.event.FundingPoolPosition;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.region.RegionCode;
import id.lindung.reporting.domain.BudgetDeltas.Amounts;
import id.lindung.reporting.domain.BudgetDeltas.Key;

/** The latest position of every funding pool, and their sums per region. */
@ApplicationScoped
public class BudgetRepository {

    /** One roll-up row of a region. */
    public record Row(String region, Programme programme, Category category, Amounts amounts) {
    }

    /** What a government's own budget puts into one of its pools (no roll-up: only what it pays itself). */
    public record OwnPool(String government, Programme programme, Category category, long allocated,
            long fundedParticipants) {
    }

    @Inject
    EntityManager entityManager;

    /** The pools of every government that pays as {@code payerType}, for a fiscal year. */
    public List<OwnPool> ownPools(PayerType payerType, int year) {
        return Sql.query(entityManager, """
                select payer_region, programme, category, allocated, funded_participants
                from funding_pool where payer_type = ? and fiscal_year = ?""", (connection, statement) -> {
            statement.setString(1, payerType.name());
            statement.setInt(2, year);
        }, row -> new OwnPool(row.getString(1), Programme.valueOf(row.getString(2)),
                Category.valueOf(row.getString(3)), row.getLong(4), row.getLong(5)));
    }

    public List<FundingPoolPosition> pools(Collection<String> poolIds) {
        if (poolIds.isEmpty()) {
            return List.of();
        }
        return Sql.query(entityManager, """
                select pool_id, payer_type, payer_region, fiscal_year, programme, category, allocated, committed,
                       disbursed, headroom, funded_participants, unfunded_participants, sequence, as_of
                from funding_pool where pool_id = any(?)""",
                (connection, statement) -> statement.setArray(1, Sql.array(connection, "text",
                        new ArrayList<>(poolIds))),
                row -> new FundingPoolPosition(row.getString(1), PayerType.valueOf(row.getString(2)),
                        row.getString(3), row.getInt(4), Programme.valueOf(row.getString(5)),
                        Category.valueOf(row.getString(6)), row.getLong(7), row.getLong(8), row.getLong(9),
                        row.getLong(10), row.getInt(11), row.getInt(12), row.getLong(13),
                        row.getObject(14, OffsetDateTime.class)));
    }

    public void upsertPools(Collection<FundingPoolPosition> positions) {
        if (positions.isEmpty()) {
            return;
        }
        List<FundingPoolPosition> sorted = positions.stream()
                .sorted((a, b) -> a.poolId().compareTo(b.poolId())).toList();
        Sql.update(entityManager, """
                insert into funding_pool (pool_id, payer_type, payer_region, fiscal_year, programme, category,
                    allocated, committed, disbursed, headroom, funded_participants, unfunded_participants, sequence,
                    as_of)
                select * from unnest(?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[], ?::bigint[],
                    ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::timestamptz[])
                on conflict (pool_id) do update set
                    payer_type = excluded.payer_type, payer_region = excluded.payer_region,
                    fiscal_year = excluded.fiscal_year, programme = excluded.programme, category = excluded.category,
                    allocated = excluded.allocated, committed = excluded.committed, disbursed = excluded.disbursed,
                    headroom = excluded.headroom, funded_participants = excluded.funded_participants,
                    unfunded_participants = excluded.unfunded_participants, sequence = excluded.sequence,
                    as_of = excluded.as_of
                where funding_pool.sequence < excluded.sequence""", (connection, statement) -> {
            statement.setArray(1, Sql.array(connection, "text", sorted.stream().map(FundingPoolPosition::poolId).toList()));
            statement.setArray(2, Sql.array(connection, "text", sorted.stream().map(p -> p.payerType().name()).toList()));
            statement.setArray(3,
                    Sql.array(connection, "text", sorted.stream().map(FundingPoolPosition::payerRegion).toList()));
            statement.setArray(4, Sql.array(connection, "int4", sorted.stream().map(FundingPoolPosition::fiscalYear).toList()));
            statement.setArray(5, Sql.array(connection, "text", sorted.stream().map(p -> p.programme().name()).toList()));
            statement.setArray(6, Sql.array(connection, "text", sorted.stream().map(p -> p.category().name()).toList()));
            statement.setArray(7, Sql.array(connection, "int8", sorted.stream().map(FundingPoolPosition::allocated).toList()));
            statement.setArray(8, Sql.array(connection, "int8", sorted.stream().map(FundingPoolPosition::committed).toList()));
            statement.setArray(9, Sql.array(connection, "int8", sorted.stream().map(FundingPoolPosition::disbursed).toList()));
            statement.setArray(10, Sql.array(connection, "int8", sorted.stream().map(FundingPoolPosition::headroom).toList()));
            statement.setArray(11, Sql.array(connection, "int8",
                    sorted.stream().map(p -> (long) p.fundedParticipants()).toList()));
            statement.setArray(12, Sql.array(connection, "int8",
                    sorted.stream().map(p -> (long) p.unfundedParticipants()).toList()));
            statement.setArray(13, Sql.array(connection, "int8", sorted.stream().map(FundingPoolPosition::sequence).toList()));
            statement.setArray(14, Sql.array(connection, "text",
                    sorted.stream().map(p -> p.asOf().toString()).toList()));
        });
    }

    public void applyRollup(List<Map.Entry<Key, Amounts>> changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<String> regions = new ArrayList<>();
        List<String> parents = new ArrayList<>();
        List<Short> levels = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        List<String> programmes = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<List<Long>> amounts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Map.Entry<Key, Amounts> change : changes) {
            RegionCode region = RegionCode.of(change.getKey().region());
            regions.add(region.value());
            parents.add(region.parent().map(RegionCode::value).orElse(null));
            levels.add((short) region.level().ordinal());
            years.add(change.getKey().fiscalYear());
            programmes.add(change.getKey().programme().name());
            categories.add(change.getKey().category().name());
            Amounts value = change.getValue();
            amounts.get(0).add(value.pools());
            amounts.get(1).add(value.allocated());
            amounts.get(2).add(value.committed());
            amounts.get(3).add(value.disbursed());
            amounts.get(4).add(value.headroom());
            amounts.get(5).add(value.funded());
            amounts.get(6).add(value.unfunded());
        }
        Sql.update(entityManager, """
                insert into budget_rollup (region, parent, level, fiscal_year, programme, category, pools, allocated,
                    committed, disbursed, headroom, funded_participants, unfunded_participants)
                select * from unnest(?::text[], ?::text[], ?::smallint[], ?::int[], ?::text[], ?::text[], ?::bigint[],
                    ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[])
                on conflict (region, fiscal_year, programme, category) do update set
                    pools = budget_rollup.pools + excluded.pools,
                    allocated = budget_rollup.allocated + excluded.allocated,
                    committed = budget_rollup.committed + excluded.committed,
                    disbursed = budget_rollup.disbursed + excluded.disbursed,
                    headroom = budget_rollup.headroom + excluded.headroom,
                    funded_participants = budget_rollup.funded_participants + excluded.funded_participants,
                    unfunded_participants = budget_rollup.unfunded_participants + excluded.unfunded_participants""",
                (connection, statement) -> {
                    statement.setArray(1, Sql.array(connection, "text", regions));
                    statement.setArray(2, Sql.array(connection, "text", parents));
                    statement.setArray(3, Sql.array(connection, "int2", levels));
                    statement.setArray(4, Sql.array(connection, "int4", years));
                    statement.setArray(5, Sql.array(connection, "text", programmes));
                    statement.setArray(6, Sql.array(connection, "text", categories));
                    for (int i = 0; i < amounts.size(); i++) {
                        statement.setArray(7 + i, Sql.array(connection, "int8", amounts.get(i)));
                    }
                });
    }

    /** The roll-up rows of a region for a year. */
    public List<Row> of(RegionCode region, int year) {
        return Sql.query(entityManager, """
                select region, programme, category, pools, allocated, committed, disbursed, headroom,
                       funded_participants, unfunded_participants
                from budget_rollup where region = ? and fiscal_year = ? and pools > 0""", (connection, statement) -> {
            statement.setString(1, region.value());
            statement.setInt(2, year);
        }, BudgetRepository::map);
    }

    /** The roll-up rows of every child of a region for a year. */
    public List<Row> ofChildren(RegionCode parent, int year) {
        return Sql.query(entityManager, """
                select region, programme, category, pools, allocated, committed, disbursed, headroom,
                       funded_participants, unfunded_participants
                from budget_rollup where parent = ? and fiscal_year = ? and pools > 0""", (connection, statement) -> {
            statement.setString(1, parent.value());
            statement.setInt(2, year);
        }, BudgetRepository::map);
    }

    private static Row map(ResultSet row) throws SQLException {
        return new Row(row.getString(1), Programme.valueOf(row.getString(2)), Category.valueOf(row.getString(3)),
                new Amounts(row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8),
                        row.getLong(9), row.getLong(10)));
    }
}
