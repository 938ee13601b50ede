package id.lindung.gateway.metrics;

import java.time.Duration;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

import id.lindung.gateway.proxy.ApiRoute;
import id.lindung.gateway.proxy.RouteTable;

/**
 * Times every API exchange per route, method and status class ({@code lindung_gateway_requests_seconds} on
 * {@code /q/metrics}): count, latency histogram, and how many ended in 2xx/4xx/5xx. It starts before authentication,
 * so rejected requests (401, 403, 429, 413) are counted on their route like the ones that reached a backend.
 */
@Singleton
public class RouteMetrics {

    /** Below the request id (400), above CORS (300) and authentication (200). */
    static final int PRIORITY = 390;

    /** Tag values come from this set only, so a client cannot create series by inventing methods. */
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    /** Bucket bounds of the latency histogram: from a cached read to an upload that takes its whole timeout. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofSeconds(60)};

    private final MeterRegistry registry;
    private final RouteTable routes;

    RouteMetrics(MeterRegistry registry, RouteTable routes) {
        this.registry = registry;
        this.routes = routes;
    }

    void register(@Observes Filters filters) {
        filters.register(this::time, PRIORITY);
    }

    private void time(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.startsWith("/api/")) {
            String route = routes.match(path).map(ApiRoute::name).orElse("unmatched");
            String method = ctx.request().method().name();
            String methodTag = METHODS.contains(method) ? method : "OTHER";
            Timer.Sample sample = Timer.start(registry);
            ctx.addEndHandler(ignored -> sample.stop(timer(route, methodTag, ctx.response().getStatusCode())));
        }
        ctx.next();
    }

    private Timer timer(String route, String method, int status) {
        return Timer.builder("lindung.gateway.requests")
                .description("API requests through the gateway")
                .tag("route", route)
                .tag("method", method)
                .tag("status", status / 100 + "xx")
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }
}
