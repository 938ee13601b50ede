package id.lindung.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Everything the gateway decides per request comes from here, so that operators change routes, limits and role rules
 * without a build. The route table itself is in {@code application.properties}; the README of this module explains it.
 */
@ConfigMapping(prefix = "lindung.gateway")
public interface GatewayConfig {

    /** Base URL of each service by name ({@code enrollment}, {@code budget}, {@code reporting}), e.g. http://localhost:8081. */
    Map<String, URI> backends();

    /** The route table, by route name. */
    Map<String, Route> routes();

    /** How long to wait for a TCP connection to a backend: short, so that a dead backend fails fast instead of hanging. */
    @WithDefault("1s")
    Duration connectTimeout();

    /** Pooled connections per backend. */
    @WithDefault("128")
    int maxConnectionsPerBackend();

    /**
     * How many times a request with an idempotent method is tried again when the backend refused the connection or, for
     * a request without a body, dropped it before answering. Other methods are never retried.
     */
    @WithDefault("1")
    int retries();

    /**
     * Whether the routes' rate limits apply. Off only where clients are limited before the gateway, or in a test suite
     * that sends thousands of requests with one token (the adversarial corpus).
     */
    @WithDefault("true")
    boolean rateLimitsEnabled();

    /** How many verified bearer tokens are remembered until they expire, sparing their signature check; 0 turns it off. */
    @WithDefault("10000")
    long verifiedTokenCacheSize();

    CircuitBreaker circuitBreaker();

    Probes probes();

    /** One prefix of the API, the service that owns it, and how requests to it are limited. */
    interface Route {

        /** Path prefix, e.g. {@code /api/v1/budget-lines}; it matches the prefix itself and everything below it. */
        String prefix();

        /** Name of the backend in {@link GatewayConfig#backends()}. */
        String backend();

        /** Longest silence allowed from the backend (no byte sent or received) before the client gets 504. */
        @WithDefault("30s")
        Duration timeout();

        /** Largest request body; larger ones get 413 before or while they are streamed. */
        @WithDefault("1M")
        MemorySize maxBodySize();

        RateLimit rateLimit();

        /**
         * Roles allowed per HTTP method ({@code GET}, {@code POST}, ...), any one of them suffices. {@code HEAD} follows
         * {@code GET} unless listed; a method not listed gets 405.
         */
        Map<String, List<String>> roles();
    }

    /** Requests each token subject may make on one route: a bucket of {@code requests} refilled over {@code period}. */
    interface RateLimit {

        @WithDefault("600")
        long requests();

        @WithDefault("1m")
        Duration period();
    }

    /** One breaker per backend: after this many transport failures within the window, calls fail fast with 503. */
    interface CircuitBreaker {

        @WithDefault("5")
        int failureThreshold();

        @WithDefault("10s")
        Duration failureWindow();

        /** How long the breaker stays open before one trial request may pass. */
        @WithDefault("5s")
        Duration openFor();
    }

    /** The gateway's calls to the services' own endpoints, for readiness and the merged OpenAPI document. */
    interface Probes {

        @WithDefault("/q/health/ready")
        String healthPath();

        @WithDefault("/q/openapi?format=json")
        String openapiPath();

        @WithDefault("2s")
        Duration timeout();
    }
}
