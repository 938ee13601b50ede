package id.lindung.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;

/**
 * Starts one {@link StubBackend} per service on a free port and points the gateway's backends at them, so the gateway
 * is tested alone; the whole suite is tested in {@code system-tests}.
 */
public class StubBackends implements QuarkusTestResourceLifecycleManager {

    public static final List<String> NAMES = List.of("enrollment", "budget", "reporting");

    private static final Map<String, StubBackend> RUNNING = new LinkedHashMap<>();
    private static Vertx vertx;

    public static synchronized StubBackend get(String name) {
        return RUNNING.get(name);
    }

    @Override
    public synchronized Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new LinkedHashMap<>();
        for (String name : NAMES) {
            StubBackend stub = new StubBackend(vertx, name, openapi(name));
            stub.start();
            RUNNING.put(name, stub);
            config.put("lindung.gateway.backends." + name, "http://localhost:" + stub.port());
        }
        return config;
    }

    @Override
    public synchronized void stop() {
        RUNNING.clear();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** The OpenAPI document the stub serves, as the real service would at {@code /q/openapi}. */
    public static Buffer openapi(String name) {
        try (InputStream document = StubBackends.class.getResourceAsStream("/stub-openapi/" + name + ".json")) {
            return Buffer.buffer(document.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
