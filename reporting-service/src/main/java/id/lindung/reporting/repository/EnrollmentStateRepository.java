package id.lindung.reporting.repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import id.lindung.contracts.event.EnrollmentChange.Status;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Segment;
import id.lindung.reporting.domain.EnrollmentState;

/** The last applied state of each enrollment, read and written in bulk. */
@ApplicationScoped
public class EnrollmentStateRepository {

    @Inject
    EntityManager entityManager;

    /** Every known enrollment of the participants. */
    public List<EnrollmentState> forParticipants(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return List.of();
        }
        return Sql.query(entityManager, """
                select enrollment_id, participant_id, region, category, segment, programmes, status, sequence,
                       coverage_start, coverage_end, occurred_at
                from enrollment_state where participant_id = any(?)""",
                (connection, statement) -> statement.setArray(1,
                        Sql.array(connection, "uuid", new ArrayList<>(participantIds))),
                EnrollmentStateRepository::map);
    }

    /** Inserts or replaces the states; a stored state with a higher sequence is never overwritten. */
    public void upsert(Collection<EnrollmentState> states) {
        if (states.isEmpty()) {
            return;
        }
        List<UUID> enrollments = new ArrayList<>(states.size());
        List<UUID> participants = new ArrayList<>(states.size());
        List<String> regions = new ArrayList<>(states.size());
        List<String> categories = new ArrayList<>(states.size());
        List<String> segments = new ArrayList<>(states.size());
        List<String> programmes = new ArrayList<>(states.size());
        List<String> statuses = new ArrayList<>(states.size());
        List<Long> sequences = new ArrayList<>(states.size());
        List<String> starts = new ArrayList<>(states.size());
        List<String> ends = new ArrayList<>(states.size());
        List<String> occurred = new ArrayList<>(states.size());
        states.stream().sorted((a, b) -> a.enrollmentId().compareTo(b.enrollmentId())).forEach(state -> {
            enrollments.add(state.enrollmentId());
            participants.add(state.participantId());
            regions.add(state.region());
            categories.add(state.category().name());
            segments.add(state.segment().name());
            programmes.add(state.programmesText());
            statuses.add(state.status().name());
            sequences.add(state.sequence());
            starts.add(state.coverageStart().toString());
            ends.add(state.coverageEnd() == null ? null : state.coverageEnd().toString());
            occurred.add(state.occurredAt().toString());
        });
        Sql.update(entityManager, """
                insert into enrollment_state (enrollment_id, participant_id, region, category, segment, programmes,
                                              status, sequence, coverage_start, coverage_end, occurred_at)
                select * from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                     ?::bigint[], ?::date[], ?::date[], ?::timestamptz[])
                on conflict (enrollment_id) do update set
                    participant_id = excluded.participant_id, region = excluded.region,
                    category = excluded.category, segment = excluded.segment, programmes = excluded.programmes,
                    status = excluded.status, sequence = excluded.sequence,
                    coverage_start = excluded.coverage_start, coverage_end = excluded.coverage_end,
                    occurred_at = excluded.occurred_at, applied_at = now()
                where enrollment_state.sequence < excluded.sequence""", (connection, statement) -> {
            statement.setArray(1, Sql.array(connection, "uuid", enrollments));
            statement.setArray(2, Sql.array(connection, "uuid", participants));
            statement.setArray(3, Sql.array(connection, "text", regions));
            statement.setArray(4, Sql.array(connection, "text", categories));
            statement.setArray(5, Sql.array(connection, "text", segments));
            statement.setArray(6, Sql.array(connection, "text", programmes));
            statement.setArray(7, Sql.array(connection, "text", statuses));
            statement.setArray(8, Sql.array(connection, "int8", sequences));
            statement.setArray(9, Sql.array(connection, "text", starts));
            statement.setArray(10, Sql.array(connection, "text", ends));
            statement.setArray(11, Sql.array(connection, "text", occurred));
        });
    }

    private static EnrollmentState map(ResultSet row) throws SQLException {
        Date end = row.getDate("coverage_end");
        return new EnrollmentState(row.getObject("enrollment_id", UUID.class),
                row.getObject("participant_id", UUID.class), row.getString("region"),
                Category.valueOf(row.getString("category")), Segment.valueOf(row.getString("segment")),
                EnrollmentState.programmesOf(row.getString("programmes")), Status.valueOf(row.getString("status")),
                row.getLong("sequence"), row.getDate("coverage_start").toLocalDate(),
                end == null ? null : end.toLocalDate(), row.getObject("occurred_at", OffsetDateTime.class));
    }
}
