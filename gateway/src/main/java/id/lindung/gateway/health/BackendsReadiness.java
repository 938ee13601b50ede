package id.lindung.gateway.health;

import java.net.URI;
import java.util.List;
import java.util.TreeMap;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;

import id.lindung.gateway.client.BackendClient;
import id.lindung.gateway.config.GatewayConfig;

/**
 * The gateway is ready only while every service it routes to is ready: a load balancer then stops sending traffic that
 * could only end in 503s. Each backend's own readiness endpoint is asked, all at once, without blocking.
 */
@Readiness
@Singleton
public class BackendsReadiness implements AsyncHealthCheck {

    private final BackendClient client;
    private final GatewayConfig config;

    BackendsReadiness(BackendClient client, GatewayConfig config) {
        this.client = client;
        this.config = config;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Future<Probe>> probes = new TreeMap<>(config.backends()).entrySet().stream()
                .map(backend -> probe(backend.getKey(), backend.getValue()))
                .toList();
        return Uni.createFrom().completionStage(Future.all(probes).toCompletionStage())
                .map(ignored -> report(probes));
    }

    private Future<Probe> probe(String name, URI uri) {
        GatewayConfig.Probes settings = config.probes();
        return client.get(uri, settings.healthPath(), settings.timeout())
                .map(reply -> new Probe(name, reply.status() == 200, "HTTP " + reply.status()))
                .otherwise(failure -> new Probe(name, false, String.valueOf(failure.getMessage())));
    }

    private static HealthCheckResponse report(List<Future<Probe>> probes) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("backends").up();
        for (Future<Probe> future : probes) {
            Probe probe = future.result();
            response.withData(probe.name(), probe.up() ? "UP" : "DOWN (" + probe.detail() + ")");
            if (!probe.up()) {
                response.down();
            }
        }
        return response.build();
    }

    private record Probe(String name, boolean up, String detail) {
    }
}
