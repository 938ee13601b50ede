package id.lindung.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

import id.lindung.contracts.event.CloudEvent;

class EventTracingTest {

    private static final String TRACE_A = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_A = "00f067aa0ba902b7";
    private static final String TRACE_B = "0af7651916cd43dd8448eb211c80319c";
    private static final String SPAN_B = "b7ad6b7169203331";

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exported))
            .build();
    private final EventTracing tracing = new EventTracing();

    {
        tracing.tracer = provider.get("test");
    }

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void eachTraceAmongTheEventsGetsAProcessingSpanThatIsAChildOfTheSpanThatWroteThem() {
        List<TraceContext> causes = List.of(context(TRACE_A, SPAN_A), context(TRACE_B, SPAN_B),
                context(TRACE_A, SPAN_A));

        try (EventTracing.Processing processing = tracing.processing("enrollment.events", causes.stream())) {
            assertThat(Span.current().getSpanContext().getTraceId()).isEqualTo(TRACE_A);
            assertThat(TraceContext.current()).hasValueSatisfying(
                    current -> assertThat(current.traceparent()).startsWith("00-" + TRACE_A + "-"));
        }

        List<SpanData> spans = exported.getFinishedSpanItems();
        assertThat(spans).hasSize(2).allSatisfy(span -> {
            assertThat(span.getName()).isEqualTo("process enrollment.events");
            assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
            assertThat(span.getAttributes().asMap().toString()).contains("messaging.batch.message_count=3");
        });
        SpanData first = spans.stream().filter(span -> span.getTraceId().equals(TRACE_A)).findFirst().orElseThrow();
        SpanData second = spans.stream().filter(span -> span.getTraceId().equals(TRACE_B)).findFirst().orElseThrow();
        assertThat(first.getParentSpanId()).isEqualTo(SPAN_A);
        assertThat(second.getParentSpanId()).isEqualTo(SPAN_B);
        assertThat(first.getLinks()).extracting(link -> link.getSpanContext().getTraceId()).containsExactly(TRACE_B);
        assertThat(second.getLinks()).extracting(LinkData::getSpanContext).containsExactly(first.getSpanContext());
        assertThat(Span.current().getSpanContext().isValid()).as("the scope ended with the batch").isFalse();
    }

    @Test
    void aBatchWithoutTraceContextStartsATraceOfItsOwnAndMalformedContextsAreSkipped() {
        try (Scope unrelated = provider.get("test").spanBuilder("unrelated").startSpan().makeCurrent();
                EventTracing.Processing processing = tracing.processing("budget.events",
                        Stream.of(null, new TraceContext("not-a-traceparent", null)))) {
            assertThat(processing.span().getSpanContext().isValid()).isTrue();
        }

        SpanData span = exported.getFinishedSpanItems().get(0);
        assertThat(span.getParentSpanContext().isValid()).as("not a child of whatever ran before").isFalse();
        assertThat(span.getLinks()).isEmpty();
    }

    @Test
    void moreCausesThanTheLimitAreLinkedFromTheFirstSpanInsteadOfGettingTheirOwn() {
        Stream<TraceContext> causes = Stream.iterate(1, n -> n + 1).limit(EventTracing.MAX_PARENT_SPANS + 4)
                .map(n -> context("%032x".formatted(n), "%016x".formatted(n)));

        try (EventTracing.Processing processing = tracing.processing("enrollment.events", causes)) {
            assertThat(processing.span().getSpanContext().getTraceId()).isEqualTo("%032x".formatted(1));
        }

        List<SpanData> spans = exported.getFinishedSpanItems();
        assertThat(spans).hasSize(EventTracing.MAX_PARENT_SPANS);
        SpanData first = spans.stream().filter(span -> span.getTraceId().equals("%032x".formatted(1))).findFirst()
                .orElseThrow();
        assertThat(first.getLinks()).hasSize(EventTracing.MAX_PARENT_SPANS + 3);
    }

    @Test
    void nothingIsTracedOutsideASpanAndAnEventCarriesItsContextBothWays() {
        assertThat(TraceContext.current()).isEmpty();

        CloudEvent<String> event = CloudEvent.of("/lindung/test", "id.lindung.test.tested.v1", "s", null, "d");
        assertThat(TraceContext.of(event)).isNull();
        CloudEvent<String> traced = event.withTraceContext("00-" + TRACE_A + "-" + SPAN_A + "-01", "k=v");
        assertThat(TraceContext.of(traced)).isEqualTo(new TraceContext("00-" + TRACE_A + "-" + SPAN_A + "-01", "k=v"));

        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        assertThat(TraceContext.of(json.valueToTree(traced))).isEqualTo(TraceContext.of(traced));
        assertThat(TraceContext.of(json.valueToTree(event))).isNull();
    }

    private static TraceContext context(String traceId, String spanId) {
        return new TraceContext("00-" + traceId + "-" + spanId + "-01", null);
    }
}
