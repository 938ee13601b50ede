package id.lindung.platform.tracing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * The consumer end of a trace that crossed the outbox and Kafka: a batch of events gets a processing span in the trace
 * of every request that caused one of its events (their {@code traceparent} extension), so each of those traces shows
 * the consumer's work.
 *
 * <pre>
 * try (EventTracing.Processing processing = tracing.processing(topic, events.stream().map(TraceContext::of))) {
 *     apply(events);
 * }
 * </pre>
 */
@ApplicationScoped
public class EventTracing {

    /** More distinct causes than this in one batch are linked from the first span instead of getting their own. */
    static final int MAX_PARENT_SPANS = 16;

    private static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    private static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
    private static final AttributeKey<Long> BATCH_SIZE = AttributeKey.longKey("messaging.batch.message_count");

    @Inject
    Tracer tracer;

    /**
     * Starts the processing spans of a batch read from {@code topic}: one per distinct trace among the events' contexts
     * (null entries and malformed ones are skipped), each a child of the span that wrote its events, or a single root
     * span when no event carries a context. The first span is current until {@link Processing#close()}, so what the
     * batch writes meanwhile (outbox events, dead letters) continues its trace; it links to the other causes.
     */
    public Processing processing(String topic, Stream<TraceContext> contexts) {
        List<TraceContext> all = contexts.filter(Objects::nonNull).toList();
        // one cause per trace: the events of one request usually share the span that wrote them anyway
        Map<String, SpanContext> parents = new LinkedHashMap<>();
        all.stream()
                .distinct()
                .map(TraceContext::asParent)
                .map(context -> Span.fromContext(context).getSpanContext())
                .filter(SpanContext::isValid)
                .forEach(parent -> parents.putIfAbsent(parent.getTraceId(), parent));
        Attributes attributes = Attributes.of(SYSTEM, "kafka", DESTINATION, topic, OPERATION, "process", BATCH_SIZE,
                (long) all.size());
        String name = "process " + topic;
        List<SpanContext> causes = List.copyOf(parents.values());
        List<Span> spans = new ArrayList<>();
        SpanBuilder first = tracer.spanBuilder(name).setSpanKind(SpanKind.CONSUMER).setAllAttributes(attributes);
        if (causes.isEmpty()) {
            first.setNoParent();
        } else {
            first.setParent(Context.root().with(Span.wrap(causes.get(0))));
            causes.stream().skip(1).forEach(first::addLink);
        }
        Span current = first.startSpan();
        spans.add(current);
        causes.stream().skip(1).limit(MAX_PARENT_SPANS - 1)
                .map(cause -> tracer.spanBuilder(name).setSpanKind(SpanKind.CONSUMER).setAllAttributes(attributes)
                        .setParent(Context.root().with(Span.wrap(cause)))
                        .addLink(current.getSpanContext())
                        .startSpan())
                .forEach(spans::add);
        return new Processing(spans, current.makeCurrent());
    }

    /** The processing spans of one batch; closing ends them. */
    public static final class Processing implements AutoCloseable {

        private final List<Span> spans;
        private final Scope scope;

        private Processing(List<Span> spans, Scope scope) {
            this.spans = spans;
            this.scope = scope;
        }

        /** The span that is current while the batch is processed. */
        public Span span() {
            return spans.get(0);
        }

        @Override
        public void close() {
            scope.close();
            spans.forEach(Span::end);
        }
    }
}
