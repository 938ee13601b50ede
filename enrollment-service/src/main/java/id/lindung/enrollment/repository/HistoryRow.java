package id.lindung.enrollment.repository;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import id.lindung.enrollment.domain.EventKind;

/** One inbound event in an enrollment's history. */
@Entity
@Table(name = "enrollment_history")
public class HistoryRow {

    @Id
    public long id;

    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "event_id")
    public String eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    public EventKind eventType;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    public boolean applied;

    public Long sequence;

    public String source;

    @JdbcTypeCode(SqlTypes.JSON)
    public String state;
}
