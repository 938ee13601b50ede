package id.lindung.gateway.support;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/**
 * A stand-in for one service: it answers every API call with a description of the request it received (method, URI,
 * headers, body size and SHA-256, computed while streaming), serves its OpenAPI document and readiness, and can be
 * made slow, flaky or down.
 * <ul>
 * <li>a path ending in {@code /slow} never gets an answer;</li>
 * <li>a path containing {@code /flaky} has its connection closed without an answer the first time it is seen;</li>
 * <li>{@link #stop()} and {@link #start()} take the server off and back on its port.</li>
 * </ul>
 */
public final class StubBackend {

    private final Vertx vertx;
    private final String name;
    private final Buffer openapi;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> received = new ConcurrentHashMap<>();
    private volatile HttpServer server;
    private int port;

    StubBackend(Vertx vertx, String name, Buffer openapi) {
        this.vertx = vertx;
        this.name = name;
        this.openapi = openapi;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    /** How often a request for this path arrived, answered or not. */
    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    /** How many body bytes of requests for this path have arrived so far. */
    public long received(String path) {
        AtomicLong bytes = received.get(path);
        return bytes == null ? 0 : bytes.get();
    }

    public void start() {
        server = vertx.createHttpServer().requestHandler(this::handle).listen(port).toCompletionStage()
                .toCompletableFuture().join();
        port = server.actualPort();
    }

    public void stop() {
        server.close().toCompletionStage().toCompletableFuture().join();
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        if (path.equals("/q/health/ready")) {
            request.response().setStatusCode(200).end("{\"status\":\"UP\"}");
            return;
        }
        if (path.equals("/q/openapi")) {
            request.response().putHeader("Content-Type", "application/json").end(openapi);
            return;
        }
        int seen = hits.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
        if (path.endsWith("/slow")) {
            return;
        }
        if (path.contains("/flaky") && seen == 1) {
            request.connection().close();
            return;
        }
        echo(request);
    }

    private void echo(HttpServerRequest request) {
        MessageDigest sha256 = sha256();
        AtomicLong size = new AtomicLong();
        received.put(request.path(), size);
        request.handler(chunk -> {
            size.addAndGet(chunk.length());
            sha256.update(chunk.getBytes());
        });
        request.endHandler(ignored -> {
            JsonObject headers = new JsonObject();
            // a repeated header is shown as HTTP combines it: its values joined by ", "
            request.headers().names().forEach(header -> headers.put(header.toLowerCase(),
                    String.join(", ", request.headers().getAll(header))));
            JsonObject described = new JsonObject()
                    .put("service", name)
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("headers", headers)
                    .put("bodyBytes", size.get())
                    .put("bodySha256", HexFormat.of().formatHex(sha256.digest()));
            String requestId = request.getHeader("X-Request-Id");
            if (requestId != null) {
                request.response().putHeader("X-Request-Id", requestId);
            }
            request.response()
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Server", "stub/1.0")
                    .putHeader("Cache-Control", "max-age=60")
                    .end(described.encode());
        });
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
