package id.lindung.budget.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import id.lindung.budget.domain.FundingPool;
import id.lindung.budget.domain.PoolKey;
import id.lindung.budget.domain.PoolSnapshot;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.region.RegionCode;
import id.lindung.platform.repository.Where;

/**
 * Funding pools: read as entities, written with set-based SQL so that a change costs one statement whatever the number
 * of pools it touches.
 */
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

    private static final String ADD_COMMITMENTS = addCommitmentsSql();

    public List<FundingPool> search(Filter filter, int page, int size) {
        return query(filter).page(Page.of(page, size)).list();
    }

    public long count(Filter filter) {
        return query(filter).count();
    }

    /** The pool without a lock. */
    public Optional<FundingPool> byId(String id) {
        return findByIdOptional(id);
    }

    /**
     * Adds to a pool's allocation, line count and disbursements in one statement, creating the pool when it is new,
     * and takes its next position sequence: the caller publishes the position in the same transaction. The row stays
     * locked until the transaction ends.
     */
    public PoolSnapshot adjust(PoolKey key, long allocated, int lines, long disbursed) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(ADJUST)) {
                upsert.setString(1, key.id());
                upsert.setString(2, key.id());
                upsert.setString(3, key.payerRegion());
                upsert.setString(4, key.payerType().name());
                upsert.setInt(5, key.fiscalYear());
                upsert.setString(6, key.programme().name());
                upsert.setString(7, key.category().name());
                upsert.setInt(8, lines);
                upsert.setLong(9, allocated);
                upsert.setLong(10, disbursed);
                try (ResultSet row = upsert.executeQuery()) {
                    row.next();
                    return snapshot(row);
                }
            }
        });
    }

    /**
     * Adds commitment deltas to their pools in one statement whatever their number: creates missing pools and adds
     * every delta in pool id order (so concurrent writers never deadlock), marking each pool for the position
     * publisher.
     */
    public void addCommitments(Map<String, CommitmentDelta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            int n = deltas.size();
            String[] ids = new String[n];
            String[] regions = new String[n];
            String[] payers = new String[n];
            Integer[] years = new Integer[n];
            String[] programmes = new String[n];
            String[] categories = new String[n];
            Long[][] amounts = new Long[12][n];
            Integer[][] counts = new Integer[12][n];
            Integer[] participants = new Integer[n];
            int i = 0;
            for (Map.Entry<String, CommitmentDelta> entry : deltas.entrySet()) {
                PoolKey key = PoolKey.parse(entry.getKey());
                CommitmentDelta delta = entry.getValue();
                ids[i] = key.id();
                regions[i] = key.payerRegion();
                payers[i] = key.payerType().name();
                years[i] = key.fiscalYear();
                programmes[i] = key.programme().name();
                categories[i] = key.category().name();
                for (int month = 0; month < 12; month++) {
                    amounts[month][i] = delta.amounts[month];
                    counts[month][i] = delta.participantsByMonth[month];
                }
                participants[i] = delta.participants;
                i++;
            }
            try (PreparedStatement upsert = connection.prepareStatement(ADD_COMMITMENTS)) {
                int parameter = 1;
                upsert.setArray(parameter++, connection.createArrayOf("text", ids));
                upsert.setArray(parameter++, connection.createArrayOf("text", regions));
                upsert.setArray(parameter++, connection.createArrayOf("text", payers));
                upsert.setArray(parameter++, connection.createArrayOf("integer", years));
                upsert.setArray(parameter++, connection.createArrayOf("text", programmes));
                upsert.setArray(parameter++, connection.createArrayOf("text", categories));
                for (int month = 0; month < 12; month++) {
                    upsert.setArray(parameter++, connection.createArrayOf("bigint", amounts[month]));
                }
                for (int month = 0; month < 12; month++) {
                    upsert.setArray(parameter++, connection.createArrayOf("integer", counts[month]));
                }
                upsert.setArray(parameter, connection.createArrayOf("integer", participants));
                upsert.executeUpdate();
            }
        });
    }

    /**
     * Takes up to {@code limit} pools whose commitments changed since their last position, skipping pools another
     * transaction holds: gives each its next sequence, clears its mark and records its shortfall state, in one
     * statement. Answers their sums for the caller to publish in the same transaction.
     */
    public List<PoolSnapshot> takeMarked(int limit) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            List<PoolSnapshot> taken = new ArrayList<>();
            try (PreparedStatement update = connection.prepareStatement("""
                    with marked as (
                        select id, in_shortfall from funding_pool where position_dirty
                        order by id limit ? for update skip locked)
                    update funding_pool p set sequence = p.sequence + 1, position_dirty = false,
                        in_shortfall = p.committed > p.allocated
                    from marked where p.id = marked.id
                    returning p.id, p.payer_type, p.payer_region, p.fiscal_year, p.programme, p.category,
                        p.line_count, p.allocated, p.disbursed, p.committed, p.participants, p.sequence,
                        marked.in_shortfall""")) {
                update.setInt(1, limit);
                try (ResultSet rows = update.executeQuery()) {
                    while (rows.next()) {
                        taken.add(snapshot(rows));
                    }
                }
            }
            return taken;
        });
    }

    private static PoolSnapshot snapshot(ResultSet row) throws SQLException {
        return new PoolSnapshot(row.getString(1), PayerType.valueOf(row.getString(2)), row.getString(3),
                row.getInt(4), Programme.valueOf(row.getString(5)), Category.valueOf(row.getString(6)), row.getInt(7),
                row.getLong(8), row.getLong(9), row.getLong(10), row.getInt(11), row.getLong(12),
                row.getBoolean(13));
    }

    /** Upserts one pool's allocation and disbursements; answers its sums and whether it was short before. */
    private static final String ADJUST = """
            with before as (select in_shortfall from funding_pool where id = ?),
            changed as (
                insert into funding_pool as p (id, payer_region, payer_type, fiscal_year, programme, category,
                    line_count, allocated, disbursed, sequence)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                on conflict (id) do update set line_count = p.line_count + excluded.line_count,
                    allocated = p.allocated + excluded.allocated, disbursed = p.disbursed + excluded.disbursed,
                    in_shortfall = p.committed > p.allocated + excluded.allocated,
                    sequence = p.sequence + 1, position_dirty = false, updated_at = now()
                returning id, payer_type, payer_region, fiscal_year, programme, category, line_count, allocated,
                    disbursed, committed, participants, sequence)
            select changed.*, coalesce((select in_shortfall from before), false) from changed""";

    private static String addCommitmentsSql() {
        StringBuilder months = new StringBuilder();
        StringBuilder counts = new StringBuilder();
        StringBuilder total = new StringBuilder();
        StringBuilder addMonths = new StringBuilder();
        StringBuilder addCounts = new StringBuilder();
        StringBuilder columns = new StringBuilder("id, region, payer, year, programme, category");
        StringBuilder arrays = new StringBuilder("?::text[], ?::text[], ?::text[], ?::integer[], ?::text[], ?::text[]");
        for (int month = 1; month <= 12; month++) {
            String separator = month == 1 ? "" : ", ";
            months.append(separator).append("m").append(month);
            counts.append(separator).append("c").append(month);
            total.append(month == 1 ? "" : " + ").append("m").append(month);
            addMonths.append(separator).append("p.committed_by_month[").append(month)
                    .append("] + excluded.committed_by_month[").append(month).append("]");
            addCounts.append(separator).append("p.participants_by_month[").append(month)
                    .append("] + excluded.participants_by_month[").append(month).append("]");
            columns.append(", m").append(month);
            arrays.append(", ?::bigint[]");
        }
        for (int month = 1; month <= 12; month++) {
            columns.append(", c").append(month);
            arrays.append(", ?::integer[]");
        }
        columns.append(", n");
        arrays.append(", ?::integer[]");
        return "insert into funding_pool as p (id, payer_region, payer_type, fiscal_year, programme, category,"
                + " committed, committed_by_month, participants, participants_by_month, position_dirty)"
                + " select id, region, payer, year, programme, category, " + total + ", array[" + months + "], n,"
                + " array[" + counts + "], true from unnest(" + arrays + ") as d(" + columns + ") order by id"
                + " on conflict (id) do update set committed = p.committed + excluded.committed,"
                + " committed_by_month = array[" + addMonths + "],"
                + " participants = p.participants + excluded.participants,"
                + " participants_by_month = array[" + addCounts + "],"
                + " position_dirty = true, updated_at = now()";
    }

    private PanacheQuery<FundingPool> query(Filter filter) {
        Where where = new Where().within("payerRegion", filter.region())
                .equal("fiscalYear", filter.fiscalYear())
                .equal("programme", filter.programme())
                .equal("category", filter.category());
        Sort sort = Sort.descending("fiscalYear").and("payerRegion").and("programme").and("category");
        return where.isEmpty() ? findAll(sort) : find(where.jpql(), sort, where.params());
    }
}
