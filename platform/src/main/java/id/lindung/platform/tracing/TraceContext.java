package id.lindung.platform.tracing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.databind.JsonNode;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import id.lindung.contracts.event.CloudEvent;

/**
 * A W3C trace context as the CloudEvents distributed-tracing extension carries it: {@code traceparent} and an optional
 * {@code tracestate}.
 */
public record TraceContext(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<TraceContext> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(TraceContext carrier) {
            return List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(TraceContext carrier, String key) {
            if (carrier == null) {
                return null;
            }
            return switch (key) {
                case TRACEPARENT -> carrier.traceparent;
                case TRACESTATE -> carrier.tracestate;
                default -> null;
            };
        }
    };

    /** The context of the span running now; empty when nothing is being traced (tracing off, or no span). */
    public static Optional<TraceContext> current() {
        if (!Span.current().getSpanContext().isValid()) {
            return Optional.empty();
        }
        Map<String, String> headers = new HashMap<>(2);
        W3C.inject(Context.current(), headers, Map::put);
        String traceparent = headers.get(TRACEPARENT);
        String tracestate = headers.get(TRACESTATE);
        return traceparent == null
                ? Optional.empty()
                : Optional.of(new TraceContext(traceparent, tracestate == null || tracestate.isEmpty() ? null : tracestate));
    }

    /**
     * The trace context of a Kafka record: the {@code traceparent} and {@code tracestate} headers, in which the outbox
     * relay repeats the event's extension so that a consumer need not parse the value first; null when absent.
     */
    public static TraceContext of(ConsumerRecord<?, ?> record) {
        String traceparent = header(record, TRACEPARENT);
        return traceparent == null ? null : new TraceContext(traceparent, header(record, TRACESTATE));
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The trace context an event carries; null when it carries none. */
    public static TraceContext of(CloudEvent<?> event) {
        return event.traceparent() == null ? null : new TraceContext(event.traceparent(), event.tracestate());
    }

    /** The trace context of an event read as JSON; null when it carries none. */
    public static TraceContext of(JsonNode event) {
        JsonNode traceparent = event.get(TRACEPARENT);
        if (traceparent == null || !traceparent.isTextual()) {
            return null;
        }
        JsonNode tracestate = event.get(TRACESTATE);
        return new TraceContext(traceparent.asText(),
                tracestate != null && tracestate.isTextual() ? tracestate.asText() : null);
    }

    /** The span this context names, as the parent of new spans; invalid when the traceparent is malformed. */
    Context asParent() {
        return W3C.extract(Context.root(), this, GETTER);
    }
}
