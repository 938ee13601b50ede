package id.lindung.budget.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import id.lindung.budget.domain.FundingPool;
import id.lindung.budget.domain.PoolKey;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.region.RegionCode;

@ApplicationScoped
public class FundingPoolRepository implements PanacheRepositoryBase<FundingPool, String> {

    /** What a list of pools may be narrowed by; {@code region} matches the region and everything below it. */
    public record Filter(RegionCode region, Integer fiscalYear, Programme programme, Category category) {
    }

    /** The change one batch of commitments makes to a pool: 12 monthly amounts and counts, and the participants. */
    public static final class CommitmentDelta {
        public final long[] amounts = new long[12];
        public final int[] participantsByMonth = new int[12];
        public int participants;

        public boolean isEmpty() {
            if (participants != 0) {
                return false;
            }
            for (int month = 0; month < 12; month++) {
                if (amounts[month] != 0 || participantsByMonth[month] != 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The pool, created empty when it does not exist yet, locked until the transaction ends. */
    public FundingPool lockOrCreate(PoolKey key) {
        createMissing(List.of(key));
        return findByIdOptional(key.id(), LockModeType.PESSIMISTIC_WRITE).orElseThrow();
    }

    public List<FundingPool> search(Filter filter, int page, int size) {
        return query(filter).page(Page.of(page, size)).list();
    }

    public long count(Filter filter) {
        return query(filter).count();
    }

    /**
     * Adds commitment deltas to their pools in one round of statements: creates missing pools, locks the touched ones in
     * id order (so concurrent writers never deadlock), adds, and marks them for the position publisher.
     */
    public void addCommitments(Map<String, CommitmentDelta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        createMissing(deltas.keySet().stream().map(PoolKey::parse).toList());
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            Map<String, Current> current = lockSums(connection, deltas.keySet());
            try (PreparedStatement update = connection.prepareStatement("""
                    update funding_pool set committed = ?, committed_by_month = ?, participants = ?,
                        participants_by_month = ?, position_dirty = true, updated_at = now()
                    where id = ?""")) {
                for (Map.Entry<String, CommitmentDelta> entry : deltas.entrySet()) {
                    Current sums = current.get(entry.getKey());
                    CommitmentDelta delta = entry.getValue();
                    Long[] amounts = new Long[12];
                    Integer[] counts = new Integer[12];
                    long committed = 0;
                    for (int month = 0; month < 12; month++) {
                        amounts[month] = sums.amounts[month] + delta.amounts[month];
                        counts[month] = sums.counts[month] + delta.participantsByMonth[month];
                        committed += amounts[month];
                    }
                    update.setLong(1, committed);
                    update.setArray(2, connection.createArrayOf("bigint", amounts));
                    update.setInt(3, sums.participants + delta.participants);
                    update.setArray(4, connection.createArrayOf("integer", counts));
                    update.setString(5, entry.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
    }

    /** Up to {@code limit} pools whose position changed since it was last published, locked, skipping busy ones. */
    public List<FundingPool> lockDirty(int limit) {
        return getEntityManager()
                .createQuery("from FundingPool where positionDirty = true order by id", FundingPool.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .setMaxResults(limit)
                .getResultList();
    }

    private record Current(long[] amounts, int[] counts, int participants) {
    }

    private static Map<String, Current> lockSums(Connection connection, java.util.Collection<String> ids)
            throws SQLException {
        Map<String, Current> current = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select id, committed_by_month, participants_by_month, participants from funding_pool
                where id = any(?) order by id for update""")) {
            select.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    current.put(rows.getString(1), new Current(longs(rows.getArray(2)), ints(rows.getArray(3)),
                            rows.getInt(4)));
                }
            }
        }
        return current;
    }

    private void createMissing(List<PoolKey> keys) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            List<String> ids = new ArrayList<>(keys.size());
            List<String> regions = new ArrayList<>(keys.size());
            List<String> payers = new ArrayList<>(keys.size());
            List<Integer> years = new ArrayList<>(keys.size());
            List<String> programmes = new ArrayList<>(keys.size());
            List<String> categories = new ArrayList<>(keys.size());
            for (PoolKey key : keys) {
                ids.add(key.id());
                regions.add(key.payerRegion());
                payers.add(key.payerType().name());
                years.add(key.fiscalYear());
                programmes.add(key.programme().name());
                categories.add(key.category().name());
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into funding_pool (id, payer_region, payer_type, fiscal_year, programme, category)
                    select * from unnest(?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[])
                    order by 1
                    on conflict (id) do nothing""")) {
                insert.setArray(1, connection.createArrayOf("text", ids.toArray()));
                insert.setArray(2, connection.createArrayOf("text", regions.toArray()));
                insert.setArray(3, connection.createArrayOf("text", payers.toArray()));
                insert.setArray(4, connection.createArrayOf("integer", years.toArray()));
                insert.setArray(5, connection.createArrayOf("text", programmes.toArray()));
                insert.setArray(6, connection.createArrayOf("text", categories.toArray()));
                insert.executeUpdate();
            }
        });
    }

    private static long[] longs(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        long[] result = new long[12];
        for (int i = 0; i < Math.min(12, values.length); i++) {
            result[i] = ((Number) values[i]).longValue();
        }
        return result;
    }

    private static int[] ints(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        int[] result = new int[12];
        for (int i = 0; i < Math.min(12, values.length); i++) {
            result[i] = ((Number) values[i]).intValue();
        }
        return result;
    }

    private PanacheQuery<FundingPool> query(Filter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.region() != null && !filter.region().equals(RegionCode.NATION)) {
            where.add("(payerRegion = :region or payerRegion like :below)");
            params.put("region", filter.region().value());
            params.put("below", filter.region().value() + ".%");
        }
        if (filter.fiscalYear() != null) {
            where.add("fiscalYear = :year");
            params.put("year", filter.fiscalYear());
        }
        if (filter.programme() != null) {
            where.add("programme = :programme");
            params.put("programme", filter.programme());
        }
        if (filter.category() != null) {
            where.add("category = :category");
            params.put("category", filter.category());
        }
        Sort sort = Sort.descending("fiscalYear").and("payerRegion").and("programme").and("category");
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
    }

    /** The pool without a lock. */
    public Optional<FundingPool> byId(String id) {
        return findByIdOptional(id);
    }
}
