package id.lindung.enrollment.domain;

import java.util.List;

import id.lindung.platform.problem.FieldError;

/**
 * An inbound record after reading and validation: the record when every rule holds, or every reason it was refused.
 * {@code eventId} is kept whenever it could be read, so that even a rejected record can be named in the answer.
 */
public record CheckedRecord(int index, String eventId, BpjsRecord record, List<FieldError> reasons) {

    public boolean isValid() { return reasons.isEmpty(); }

    public static CheckedRecord unreadable(int index, String message) {
        return new CheckedRecord(index, null, null, List.of(new FieldError("record", message)));
    }
}
