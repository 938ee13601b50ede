package id.lindung.platform.messaging;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Readiness of the consumers: DOWN while any of them waits out a transient failure (database or broker away), UP again
 * by itself once its retry went through. Each channel also has a gauge {@code lindung.consumer.waiting} (1 while it
 * waits).
 */
@Readiness
@ApplicationScoped
public class ConsumerHealth implements HealthCheck {

    /** Why a channel waits: the step that failed, the failure's type, since when. */
    record Waiting(String step, String failure, Instant since) {
    }

    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    @Inject
    MeterRegistry meters;

    void register(String channel) {
        if (known.putIfAbsent(channel, Boolean.TRUE) == null) {
            Gauge.builder("lindung.consumer.waiting", waiting, map -> map.containsKey(channel) ? 1 : 0)
                    .tag("channel", channel)
                    .description("1 while the consumer waits out a transient failure")
                    .register(meters);
        }
    }

    void waiting(String channel, String step, Throwable failure) {
        waiting.putIfAbsent(channel, new Waiting(step, failure.getClass().getSimpleName(), Instant.now()));
    }

    void resumed(String channel) {
        waiting.remove(channel);
    }

    /** True while the channel waits out a transient failure. */
    public boolean isWaiting(String channel) {
        return waiting.containsKey(channel);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("consumers").status(waiting.isEmpty());
        known.keySet().forEach(channel -> {
            Waiting wait = waiting.get(channel);
            response.withData(channel, wait == null
                    ? "consuming"
                    : "waiting since " + wait.since() + " (" + wait.step() + ": " + wait.failure() + ")");
        });
        return response.build();
    }
}
