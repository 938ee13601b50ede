package id.lindung.contracts.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode, as published on {@code enrollment.events} and
 * {@code budget.events}. {@code subject} is the id of the aggregate the event is about.
 */
public record CloudEvent<T>(String specversion, String id, String source, String type, String subject,
        OffsetDateTime time, String datacontenttype, T data) {

    public static final String SPEC_VERSION = "1.0";

    public static <T> CloudEvent<T> of(String source, String type, String subject, OffsetDateTime time, T data) {
        return new CloudEvent<>(SPEC_VERSION, UUID.randomUUID().toString(), source, type, subject, time,
                "application/json", data);
    }
}
