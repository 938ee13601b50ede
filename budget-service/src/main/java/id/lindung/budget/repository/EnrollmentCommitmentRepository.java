package id.lindung.budget.repository;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.lindung.budget.domain.EnrollmentTerms;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;

/**
 * What each enrollment paid by a regional budget currently commits, kept so that a change or an end subtracts exactly
 * what was added (rates may have changed in between) and so that a new fiscal year can be opened for open enrollments.
 * Plain JDBC: the consumer reads and writes thousands of rows per transaction.
 */
@ApplicationScoped
public class EnrollmentCommitmentRepository {

    private static final TypeReference<LinkedHashMap<String, long[]>> PLAN = new TypeReference<>() {
    };

    /** The stored state of one enrollment. */
    public record Stored(UUID enrollmentId, UUID participantId, long sequence, String status, EnrollmentTerms terms,
            int horizonYear, Map<String, long[]> commitments) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /** The stored states of these enrollments, locked until the transaction ends. */
    public Map<UUID, Stored> lockAll(Collection<UUID> enrollmentIds) {
        Map<UUID, Stored> found = new HashMap<>();
        if (enrollmentIds.isEmpty()) {
            return found;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT
                    + " where enrollment_id = any(?) order by enrollment_id for update")) {
                select.setArray(1, connection.createArrayOf("uuid", enrollmentIds.toArray()));
                read(select, found);
            }
        });
        return found;
    }

    /**
     * Up to {@code limit} enrollments, after {@code after} in id order, that a regional budget pays, that are committed
     * only up to a year before {@code horizonYear} and whose coverage goes on past their last committed year; locked.
     */
    public List<Stored> lockOpenBefore(int horizonYear, UUID after, int limit) {
        Map<UUID, Stored> found = new LinkedHashMap<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT
                    + " where payer_region is not null and horizon_year < ? and enrollment_id > ?"
                    + " and (coverage_end is null or coverage_end >= make_date(horizon_year + 1, 1, 1))"
                    + " order by enrollment_id limit ? for update skip locked")) {
                select.setInt(1, horizonYear);
                select.setObject(2, after);
                select.setInt(3, limit);
                read(select, found);
            }
        });
        return new ArrayList<>(found.values());
    }

    /** Moves the horizon of enrollments whose coverage ended before it: they commit nothing in the new years. */
    public int closeEndedBefore(int horizonYear) {
        return entityManager.createNativeQuery("""
                update enrollment_commitment set horizon_year = :horizon
                where payer_region is not null and horizon_year < :horizon
                  and coverage_end < make_date(horizon_year + 1, 1, 1)""")
                .setParameter("horizon", horizonYear)
                .executeUpdate();
    }

    public void upsertAll(Collection<Stored> states) {
        if (states.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into enrollment_commitment (enrollment_id, participant_id, sequence, status, category,
                        segment, programmes, payer_type, payer_region, wage_base, risk_class, coverage_start,
                        coverage_end, horizon_year, commitments, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
                    on conflict (enrollment_id) do update set participant_id = excluded.participant_id,
                        sequence = excluded.sequence, status = excluded.status, category = excluded.category,
                        segment = excluded.segment, programmes = excluded.programmes,
                        payer_type = excluded.payer_type, payer_region = excluded.payer_region,
                        wage_base = excluded.wage_base, risk_class = excluded.risk_class,
                        coverage_start = excluded.coverage_start, coverage_end = excluded.coverage_end,
                        horizon_year = excluded.horizon_year, commitments = excluded.commitments,
                        updated_at = excluded.updated_at""")) {
                for (Stored state : states) {
                    bind(upsert, state);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        });
    }

    private static final String SELECT = """
            select enrollment_id, participant_id, sequence, status, category, segment, programmes, payer_type,
                payer_region, wage_base, risk_class, coverage_start, coverage_end, horizon_year, commitments
            from enrollment_commitment""";

    private void read(PreparedStatement select, Map<UUID, Stored> into) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Set<Programme> programmes = EnumSet.noneOf(Programme.class);
                Arrays.stream(rows.getString(7).split(",")).filter(name -> !name.isBlank())
                        .map(Programme::valueOf).forEach(programmes::add);
                Date end = rows.getDate(13);
                int riskClass = rows.getInt(11);
                EnrollmentTerms terms = new EnrollmentTerms(Category.valueOf(rows.getString(5)),
                        Segment.valueOf(rows.getString(6)), programmes, PayerType.valueOf(rows.getString(8)),
                        rows.getString(9), rows.getLong(10), rows.wasNull() ? null : riskClass,
                        rows.getDate(12).toLocalDate(), end == null ? null : end.toLocalDate());
                UUID id = rows.getObject(1, UUID.class);
                into.put(id, new Stored(id, rows.getObject(2, UUID.class), rows.getLong(3), rows.getString(4), terms,
                        rows.getInt(14), plan(rows.getString(15))));
            }
        }
    }

    private void bind(PreparedStatement upsert, Stored state) throws SQLException {
        EnrollmentTerms terms = state.terms();
        upsert.setObject(1, state.enrollmentId());
        upsert.setObject(2, state.participantId());
        upsert.setLong(3, state.sequence());
        upsert.setString(4, state.status());
        upsert.setString(5, terms.category().name());
        upsert.setString(6, terms.segment().name());
        upsert.setString(7, terms.programmes().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        upsert.setString(8, terms.payerType().name());
        upsert.setString(9, terms.isRegionallyFunded() ? terms.payerRegion() : null);
        upsert.setLong(10, terms.wageBase());
        if (terms.riskClass() == null) {
            upsert.setNull(11, Types.INTEGER);
        } else {
            upsert.setInt(11, terms.riskClass());
        }
        upsert.setDate(12, Date.valueOf(terms.coverageStart()));
        upsert.setDate(13, terms.coverageEnd() == null ? null : Date.valueOf(terms.coverageEnd()));
        upsert.setInt(14, state.horizonYear());
        upsert.setString(15, text(state.commitments()));
    }

    private Map<String, long[]> plan(String text) throws SQLException {
        try {
            return json.readValue(text, PLAN);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable commitments " + text, e);
        }
    }

    private String text(Map<String, long[]> plan) throws SQLException {
        try {
            return json.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new SQLException("commitments cannot be written", e);
        }
    }

}
