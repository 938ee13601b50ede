package id.lindung.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * A trace collector inside the test JVM: it takes OTLP/HTTP exports ({@code POST /v1/traces}, protobuf) from the
 * suite's services and keeps the spans for tests to look at.
 */
final class OtlpReceiver implements AutoCloseable {

    /** One span as a service exported it; ids are lower-case hex, {@code parentSpanId} empty for a root span. */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
            Span.SpanKind kind, List<String> linkedTraceIds) {
    }

    /** Enough for every system test's requests; beyond it spans are counted and dropped, never held. */
    private static final int MAX_SPANS = 200_000;
    private static final HexFormat HEX = HexFormat.of();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final Queue<ReceivedSpan> spans = new ConcurrentLinkedQueue<>();
    private final AtomicInteger dropped = new AtomicInteger();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    /** Listens on a free port of the loopback interface. */
    static OtlpReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            OtlpReceiver receiver = new OtlpReceiver(server);
            server.createContext("/v1/traces", receiver::export);
            server.setExecutor(receiver.executor);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen for OTLP exports", e);
        }
    }

    /** The base URL the services export to ({@code /v1/traces} is appended by the exporter). */
    URI endpoint() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    /** Every span received so far. */
    List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    /** The spans of one trace received so far. */
    List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    private void export(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            ExportTraceServiceRequest request;
            try (InputStream body = body(exchange)) {
                request = ExportTraceServiceRequest.parseFrom(body);
            }
            request.getResourceSpansList().forEach(this::keep);
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        }
    }

    private static InputStream body(HttpExchange exchange) throws IOException {
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        return "gzip".equalsIgnoreCase(encoding)
                ? new GZIPInputStream(exchange.getRequestBody())
                : exchange.getRequestBody();
    }

    private void keep(ResourceSpans resourceSpans) {
        String service = serviceName(resourceSpans.getResource());
        for (ScopeSpans scope : resourceSpans.getScopeSpansList()) {
            for (Span span : scope.getSpansList()) {
                if (spans.size() >= MAX_SPANS) {
                    dropped.incrementAndGet();
                    continue;
                }
                spans.add(new ReceivedSpan(service, hex(span.getTraceId().toByteArray()),
                        hex(span.getSpanId().toByteArray()), hex(span.getParentSpanId().toByteArray()), span.getName(),
                        span.getKind(), span.getLinksList().stream()
                                .map(link -> hex(link.getTraceId().toByteArray()))
                                .toList()));
            }
        }
    }

    private static String serviceName(Resource resource) {
        return resource.getAttributesList().stream()
                .filter(attribute -> attribute.getKey().equals("service.name"))
                .map(KeyValue::getValue)
                .map(value -> value.getStringValue())
                .findFirst()
                .orElse("");
    }

    private static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
