package id.lindung.gateway.client;

import java.net.URI;
import java.time.Duration;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

import id.lindung.gateway.config.GatewayConfig;

/**
 * The one pooled HTTP client the gateway uses towards the services, for proxied requests and for its own probes, so
 * that connection limits per backend hold for both.
 */
@Singleton
public class BackendClient {

    private final HttpClient http;
    private final Duration connectTimeout;

    BackendClient(Vertx vertx, GatewayConfig config) {
        this.connectTimeout = config.connectTimeout();
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setKeepAlive(true);
        this.http = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerBackend()));
    }

    public HttpClient http() {
        return http;
    }

    /** Where a request to {@code backend} goes, with the connect timeout and the given idle timeout. */
    public RequestOptions options(URI backend, Duration idleTimeout) {
        boolean tls = "https".equals(backend.getScheme());
        int port = backend.getPort() != -1 ? backend.getPort() : tls ? 443 : 80;
        return new RequestOptions()
                .setHost(backend.getHost())
                .setPort(port)
                .setSsl(tls)
                .setConnectTimeout(connectTimeout.toMillis())
                .setIdleTimeout(idleTimeout.toMillis());
    }

    /** A GET to one of the backend's own endpoints, with the whole (small) answer. */
    public Future<Reply> get(URI backend, String pathAndQuery, Duration timeout) {
        RequestOptions request = options(backend, timeout).setMethod(HttpMethod.GET).setURI(pathAndQuery);
        return http.request(request)
                .compose(outgoing -> outgoing.send())
                .compose(response -> response.body().map(body -> new Reply(response.statusCode(), body)));
    }

    @PreDestroy
    void close() {
        http.close();
    }

    public record Reply(int status, Buffer body) {
    }
}
