package id.lindung.enrollment.domain;

import java.util.List;
import java.util.UUID;

import id.lindung.platform.problem.FieldError;

/** The answer for one inbound record, in the position it had in the request or poll. */
public record RecordResult(int index, String eventId, Outcome outcome, Effect effect, UUID participantId,
        UUID enrollmentId, List<FieldError> reasons) {

    public static RecordResult accepted(int index, String eventId, Effect effect, UUID participantId,
            UUID enrollmentId) {
        return new RecordResult(index, eventId, Outcome.ACCEPTED, effect, participantId, enrollmentId, List.of());
    }

    public static RecordResult duplicate(int index, String eventId) {
        return new RecordResult(index, eventId, Outcome.DUPLICATE, null, null, null, List.of());
    }

    public static RecordResult rejected(int index, String eventId, List<FieldError> reasons) {
        return new RecordResult(index, eventId, Outcome.REJECTED, null, null, null, List.copyOf(reasons));
    }
}
