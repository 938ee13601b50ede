package id.lindung.enrollment.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.person.Sex;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;
import id.lindung.enrollment.domain.EnrollmentLedger;
import id.lindung.enrollment.domain.EnrollmentState;
import id.lindung.enrollment.domain.HistoryEntry;
import id.lindung.enrollment.domain.ParticipantState;
import id.lindung.enrollment.service.TransientFailure;

/**
 * The bulk side of ingestion: loads and locks the participants a batch touches, and writes everything the batch
 * changed with one statement per table ({@code unnest} of arrays), so a batch of thousands of records costs a handful
 * of round trips instead of thousands of statements.
 */
@ApplicationScoped
public class IngestionRepository {

    private static final HexFormat HEX = HexFormat.of();

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /** The event ids among these that a consumer already processed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> processedAmong(String consumer, Collection<String> eventIds) {
        return work(connection -> {
            Set<String> processed = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select event_id from processed_event where consumer = ? and event_id = any(?)")) {
                select.setString(1, consumer);
                select.setArray(2, connection.createArrayOf("text", eventIds.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        processed.add(rows.getString(1));
                    }
                }
            }
            return processed;
        });
    }

    /**
     * Locks (in id order, so concurrent batches cannot deadlock) and loads the participants with these NIK hashes,
     * with their enrollments and known double-funding pairs. Keys are the hashes in hex.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, ParticipantState> lockParticipants(Collection<byte[]> nikHashes) {
        return work(connection -> {
            Map<String, ParticipantState> byHash = new HashMap<>();
            Map<UUID, ParticipantState> byId = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select id, nik_hash, nik_masked, kpj, full_name, birth_date, sex, last_occurred_at
                    from participant where nik_hash = any(?::bytea[]) order by id for update""")) {
                select.setArray(1, textArray(connection, nikHashes, IngestionRepository::bytea));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ParticipantState participant = new ParticipantState(rows.getObject(1, UUID.class),
                                rows.getBytes(2), rows.getString(3), rows.getString(4), rows.getString(5),
                                rows.getObject(6, LocalDate.class), Sex.valueOf(rows.getString(7)),
                                rows.getObject(8, OffsetDateTime.class), false);
                        byHash.put(HEX.formatHex(participant.nikHash), participant);
                        byId.put(participant.id, participant);
                    }
                }
            }
            if (byId.isEmpty()) {
                return byHash;
            }
            Array ids = textArray(connection, byId.keySet(), UUID::toString);
            try (PreparedStatement select = connection.prepareStatement("""
                    select id, participant_id, status, category, segment, programmes, occupation, domicile_region,
                           payer_type, payer_region, wage_base, risk_class, coverage_start, coverage_end, end_reason,
                           sequence, last_occurred_at
                    from enrollment where participant_id = any(?::uuid[])""")) {
                select.setArray(1, ids);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        EnrollmentState enrollment = new EnrollmentState(rows.getObject(1, UUID.class),
                                rows.getObject(2, UUID.class), EnrollmentChange.Status.valueOf(rows.getString(3)),
                                PayerType.valueOf(rows.getString(9)), rows.getString(10), rows.getLong(16),
                                rows.getObject(17, OffsetDateTime.class), false);
                        enrollment.category = Category.valueOf(rows.getString(4));
                        enrollment.segment = Segment.valueOf(rows.getString(5));
                        enrollment.programmes = programmes(rows.getString(6));
                        enrollment.occupation = rows.getString(7);
                        enrollment.domicileRegion = rows.getString(8);
                        enrollment.wageBase = rows.getLong(11);
                        int risk = rows.getInt(12);
                        enrollment.riskClass = rows.wasNull() ? null : risk;
                        enrollment.coverageStart = rows.getObject(13, LocalDate.class);
                        enrollment.coverageEnd = rows.getObject(14, LocalDate.class);
                        enrollment.endReason = rows.getString(15);
                        byId.get(enrollment.participantId).enrollments.add(enrollment);
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement("""
                    select participant_id, first_enrollment_id, second_enrollment_id from double_funding_finding
                    where participant_id = any(?::uuid[])""")) {
                select.setArray(1, ids);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Set<String> pairs = byId.get(rows.getObject(1, UUID.class)).findingPairs;
                        pairs.add(rows.getString(2) + ":" + rows.getString(3));
                        pairs.add(rows.getString(3) + ":" + rows.getString(2));
                    }
                }
            }
            return byHash;
        });
    }

    /**
     * Inserts the participants a batch created. When another writer created one of them meanwhile, the batch must be
     * applied again on top of it: {@link TransientFailure}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insertParticipants(List<ParticipantState> participants) {
        if (participants.isEmpty()) {
            return;
        }
        int inserted = work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into participant (id, nik_hash, nik_encrypted, nik_masked, kpj, full_name, birth_date, sex,
                                             last_occurred_at)
                    select * from unnest(?::uuid[], ?::bytea[], ?::bytea[], ?::text[], ?::text[], ?::text[], ?::date[],
                                         ?::text[], ?::timestamptz[])
                    on conflict (nik_hash) do nothing""")) {
                insert.setArray(1, textArray(connection, participants, p -> p.id.toString()));
                insert.setArray(2, textArray(connection, participants, p -> bytea(p.nikHash)));
                insert.setArray(3, textArray(connection, participants, p -> bytea(p.nikEncrypted)));
                insert.setArray(4, textArray(connection, participants, p -> p.nikMasked));
                insert.setArray(5, textArray(connection, participants, p -> p.kpj));
                insert.setArray(6, textArray(connection, participants, p -> p.fullName));
                insert.setArray(7, textArray(connection, participants, p -> p.birthDate.toString()));
                insert.setArray(8, textArray(connection, participants, p -> p.sex.name()));
                insert.setArray(9, textArray(connection, participants, p -> p.lastOccurredAt.toString()));
                return insert.executeUpdate();
            }
        });
        if (inserted != participants.size()) {
            throw new TransientFailure("a concurrent batch enrolled " + (participants.size() - inserted)
                    + " of the same participants first");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updateParticipants(List<ParticipantState> participants) {
        if (participants.isEmpty()) {
            return;
        }
        work(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    update participant p set kpj = u.kpj, full_name = u.full_name, last_occurred_at = u.occurred_at,
                                             updated_at = now(), version = p.version + 1
                    from unnest(?::uuid[], ?::text[], ?::text[], ?::timestamptz[]) as u(id, kpj, full_name, occurred_at)
                    where p.id = u.id""")) {
                update.setArray(1, textArray(connection, participants, p -> p.id.toString()));
                update.setArray(2, textArray(connection, participants, p -> p.kpj));
                update.setArray(3, textArray(connection, participants, p -> p.fullName));
                update.setArray(4, textArray(connection, participants, p -> p.lastOccurredAt.toString()));
                return update.executeUpdate();
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insertEnrollments(List<EnrollmentState> enrollments) {
        if (enrollments.isEmpty()) {
            return;
        }
        work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into enrollment (id, participant_id, status, category, segment, programmes, occupation,
                                            domicile_region, payer_type, payer_region, wage_base, risk_class,
                                            coverage_start, coverage_end, end_reason, sequence, last_occurred_at)
                    select * from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                         ?::text[], ?::text[], ?::text[], ?::bigint[], ?::smallint[],
                                         ?::date[], ?::date[], ?::text[], ?::bigint[], ?::timestamptz[])""")) {
                bindEnrollment(connection, insert, enrollments, true);
                return insert.executeUpdate();
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updateEnrollments(List<EnrollmentState> enrollments) {
        if (enrollments.isEmpty()) {
            return;
        }
        work(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    update enrollment e set status = u.status, category = u.category, segment = u.segment,
                        programmes = u.programmes, occupation = u.occupation, domicile_region = u.domicile_region,
                        wage_base = u.wage_base, risk_class = u.risk_class, coverage_start = u.coverage_start,
                        coverage_end = u.coverage_end, end_reason = u.end_reason, sequence = u.sequence,
                        last_occurred_at = u.last_occurred_at, updated_at = now(), version = e.version + 1
                    from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                ?::bigint[], ?::smallint[], ?::date[], ?::date[], ?::text[], ?::bigint[],
                                ?::timestamptz[])
                         as u(id, status, category, segment, programmes, occupation, domicile_region, wage_base,
                              risk_class, coverage_start, coverage_end, end_reason, sequence, last_occurred_at)
                    where e.id = u.id""")) {
                bindEnrollment(connection, update, enrollments, false);
                return update.executeUpdate();
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insertHistory(List<HistoryEntry> entries, String source) {
        if (entries.isEmpty()) {
            return;
        }
        work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into enrollment_history (enrollment_id, participant_id, event_id, event_type, occurred_at,
                                                    applied, sequence, source, state)
                    select h.enrollment_id, h.participant_id, h.event_id, h.event_type, h.occurred_at, h.applied,
                           h.sequence, ?, h.state::jsonb
                    from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::timestamptz[], ?::boolean[],
                                ?::bigint[], ?::text[])
                         as h(enrollment_id, participant_id, event_id, event_type, occurred_at, applied, sequence,
                              state)""")) {
                insert.setString(1, source);
                insert.setArray(2, textArray(connection, entries, h -> h.enrollmentId().toString()));
                insert.setArray(3, textArray(connection, entries, h -> h.participantId().toString()));
                insert.setArray(4, textArray(connection, entries, h -> h.record().eventId()));
                insert.setArray(5, textArray(connection, entries, h -> h.record().type().name()));
                insert.setArray(6, textArray(connection, entries, h -> h.record().occurredAt().toString()));
                insert.setArray(7, textArray(connection, entries, h -> Boolean.toString(h.applied())));
                insert.setArray(8, textArray(connection, entries,
                        h -> h.sequence() == null ? null : h.sequence().toString()));
                insert.setArray(9, textArray(connection, entries, this::stateOf));
                return insert.executeUpdate();
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insertFindings(List<EnrollmentLedger.Found> findings) {
        if (findings.isEmpty()) {
            return;
        }
        work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into double_funding_finding (id, participant_id, domicile_region, first_enrollment_id,
                        first_payer_type, first_payer_region, second_enrollment_id, second_payer_type,
                        second_payer_region, overlap_from, overlap_to, programmes)
                    select * from unnest(?::uuid[], ?::uuid[], ?::text[], ?::uuid[], ?::text[], ?::text[], ?::uuid[],
                                         ?::text[], ?::text[], ?::date[], ?::date[], ?::text[])""")) {
                insert.setArray(1, textArray(connection, findings, f -> f.finding().findingId()));
                insert.setArray(2, textArray(connection, findings, f -> f.finding().participantId()));
                insert.setArray(3, textArray(connection, findings, EnrollmentLedger.Found::domicileRegion));
                insert.setArray(4, textArray(connection, findings, f -> f.finding().firstEnrollmentId()));
                insert.setArray(5, textArray(connection, findings, f -> f.finding().firstPayer().type().name()));
                insert.setArray(6, textArray(connection, findings, f -> f.finding().firstPayer().region()));
                insert.setArray(7, textArray(connection, findings, f -> f.finding().secondEnrollmentId()));
                insert.setArray(8, textArray(connection, findings, f -> f.finding().secondPayer().type().name()));
                insert.setArray(9, textArray(connection, findings, f -> f.finding().secondPayer().region()));
                insert.setArray(10, textArray(connection, findings, f -> f.finding().overlapFrom().toString()));
                insert.setArray(11, textArray(connection, findings,
                        f -> f.finding().overlapTo() == null ? null : f.finding().overlapTo().toString()));
                insert.setArray(12, textArray(connection, findings, f -> programmesText(f.programmes())));
                return insert.executeUpdate();
            }
        });
    }

    /** Programmes are stored as a comma-separated list in programme order, e.g. {@code JKK,JKM}. */
    public static String programmesText(Set<Programme> programmes) {
        return programmes.stream().sorted().map(Programme::name).collect(Collectors.joining(","));
    }

    public static Set<Programme> programmes(String text) {
        Set<Programme> programmes = EnumSet.noneOf(Programme.class);
        Arrays.stream(text.split(",")).map(Programme::valueOf).forEach(programmes::add);
        return programmes;
    }

    private void bindEnrollment(Connection connection, PreparedStatement statement, List<EnrollmentState> rows,
            boolean insert) throws SQLException {
        int i = 1;
        statement.setArray(i++, textArray(connection, rows, e -> e.id.toString()));
        if (insert) {
            statement.setArray(i++, textArray(connection, rows, e -> e.participantId.toString()));
        }
        statement.setArray(i++, textArray(connection, rows, e -> e.status.name()));
        statement.setArray(i++, textArray(connection, rows, e -> e.category.name()));
        statement.setArray(i++, textArray(connection, rows, e -> e.segment.name()));
        statement.setArray(i++, textArray(connection, rows, e -> programmesText(e.programmes)));
        statement.setArray(i++, textArray(connection, rows, e -> e.occupation));
        statement.setArray(i++, textArray(connection, rows, e -> e.domicileRegion));
        if (insert) {
            statement.setArray(i++, textArray(connection, rows, e -> e.payerType.name()));
            statement.setArray(i++, textArray(connection, rows, e -> e.payerRegion));
        }
        statement.setArray(i++, textArray(connection, rows, e -> Long.toString(e.wageBase)));
        statement.setArray(i++, textArray(connection, rows, e -> e.riskClass == null ? null : e.riskClass.toString()));
        statement.setArray(i++, textArray(connection, rows, e -> e.coverageStart.toString()));
        statement.setArray(i++, textArray(connection, rows, e -> e.coverageEnd == null ? null : e.coverageEnd.toString()));
        statement.setArray(i++, textArray(connection, rows, e -> e.endReason));
        statement.setArray(i++, textArray(connection, rows, e -> Long.toString(e.sequence)));
        statement.setArray(i, textArray(connection, rows, e -> e.lastOccurredAt.toString()));
    }

    /** The record's enrollment fields as history keeps them: never the NIK, the name, the KPJ or the birth date. */
    private String stateOf(HistoryEntry entry) {
        ObjectNode state = json.valueToTree(entry.record());
        state.remove(List.of("eventId", "type", "occurredAt", "nik", "fullName", "kpj", "birthDate"));
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history state cannot be written", e);
        }
    }

    private static String bytea(byte[] bytes) {
        return "\\x" + HEX.formatHex(bytes);
    }

    private static <T> Array textArray(Connection connection, Collection<T> rows, Function<T, String> column)
            throws SQLException {
        List<String> values = new ArrayList<>(rows.size());
        for (T row : rows) {
            values.add(column.apply(row));
        }
        return connection.createArrayOf("text", values.toArray());
    }

    private <T> T work(JdbcWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work::execute);
    }

    @FunctionalInterface
    private interface JdbcWork<T> {
        T execute(Connection connection) throws SQLException;
    }
}
