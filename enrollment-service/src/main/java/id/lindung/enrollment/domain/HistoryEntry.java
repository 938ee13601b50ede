package id.lindung.enrollment.domain;

import java.util.UUID;

/**
 * One inbound event as recorded in an enrollment's history: the record itself (its state fields are kept, the NIK and
 * name are not), whether it changed the current state, and the sequence it produced.
 */
public record HistoryEntry(UUID enrollmentId, UUID participantId, BpjsRecord record, boolean applied, Long sequence) {
}
