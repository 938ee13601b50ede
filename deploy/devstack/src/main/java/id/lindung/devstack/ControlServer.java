package id.lindung.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * How {@code ./lindung stop PART}, {@code ./lindung start PART} and {@code ./lindung status} reach a running
 * {@code ./lindung up}: a small HTTP endpoint on the loopback address, on a free port, answering only requests that
 * carry the random token written beside the port in {@code .lindung/lindung.properties}.
 *
 * <ul>
 * <li>{@code GET /parts}: one line per part, {@code <part> <state>}</li>
 * <li>{@code POST /parts/<part>/stop}, {@code POST /parts/<part>/start}: answers once the part has stopped, or has
 * started and is ready</li>
 * </ul>
 */
final class ControlServer implements AutoCloseable {

    static final String TOKEN_HEADER = "X-Lindung-Control";

    private final HttpServer server;
    private final String token;

    private ControlServer(HttpServer server, String token) {
        this.server = server;
        this.token = token;
    }

    static ControlServer start(SuiteParts suite) {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ControlServer control = new ControlServer(server, token);
            server.createContext("/parts", exchange -> control.handle(suite, exchange));
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return control;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the launcher's control port", e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    String token() {
        return token;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(SuiteParts suite, HttpExchange exchange) throws IOException {
        try (exchange) {
            String presented = exchange.getRequestHeaders().getFirst(TOKEN_HEADER);
            if (presented == null || !MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                    token.getBytes(StandardCharsets.UTF_8))) {
                reply(exchange, 403, "wrong or missing control token");
                return;
            }
            String[] path = exchange.getRequestURI().getPath().split("/");
            String method = exchange.getRequestMethod();
            try {
                if (path.length == 2 && method.equals("GET")) {
                    reply(exchange, 200, suite.partIds().stream()
                            .map(part -> part + " " + suite.state(part).name().toLowerCase())
                            .collect(Collectors.joining("\n", "", "\n")));
                } else if (path.length == 4 && method.equals("POST") && path[3].equals("stop")) {
                    suite.stop(path[2]);
                    reply(exchange, 200, path[2] + " stopped; ./lindung start " + path[2] + " starts it again");
                } else if (path.length == 4 && method.equals("POST") && path[3].equals("start")) {
                    suite.start(path[2]);
                    reply(exchange, 200, path[2] + " started");
                } else {
                    reply(exchange, 404, "no such control request");
                }
            } catch (IllegalArgumentException e) {
                reply(exchange, 404, e.getMessage());
            } catch (RuntimeException e) {
                reply(exchange, 500, e.getMessage());
            }
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
