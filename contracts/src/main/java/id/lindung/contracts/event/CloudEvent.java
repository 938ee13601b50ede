package id.lindung.contracts.event;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode, as published on {@code enrollment.events} and
 * {@code budget.events}. {@code subject} is the id of the aggregate the event is about.
 * <p>
 * {@code traceparent} and {@code tracestate} are the CloudEvents distributed-tracing extension: the W3C trace context
 * of the request that caused the event, so that a consumer's work joins that trace. Both are absent when the producer
 * was not tracing.
 */
public record CloudEvent<T>(String specversion, String id, String source, String type, String subject,
        OffsetDateTime time, String datacontenttype, T data,
        @JsonInclude(JsonInclude.Include.NON_NULL) String traceparent,
        @JsonInclude(JsonInclude.Include.NON_NULL) String tracestate) {

    public static final String SPEC_VERSION = "1.0";

    public static <T> CloudEvent<T> of(String source, String type, String subject, OffsetDateTime time, T data) {
        return new CloudEvent<>(SPEC_VERSION, UUID.randomUUID().toString(), source, type, subject, time,
                "application/json", data, null, null);
    }

    /** The same event carrying a trace context; {@code tracestate} may be null. */
    public CloudEvent<T> withTraceContext(String traceparent, String tracestate) {
        return new CloudEvent<>(specversion, id, source, type, subject, time, datacontenttype, data, traceparent,
                tracestate);
    }
}
