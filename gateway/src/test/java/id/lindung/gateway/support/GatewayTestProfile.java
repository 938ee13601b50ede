package id.lindung.gateway.support;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

import id.lindung.devstack.DevstackResource;

/**
 * The one profile of the gateway's tests, so that they share one running gateway: the devstack's token keys, stub
 * backends, and limits small enough to reach in a test.
 */
public class GatewayTestProfile implements QuarkusTestProfile {

    public static final String FRONTEND_ORIGIN = "https://dashboard.lindung.test";

    /** Routes whose limits the tests exercise. */
    public static final int TARGETS_REQUESTS_PER_MINUTE = 3;
    public static final int BUDGET_LINES_MAX_BODY = 1024;
    /** Prefix of a route with a 1 s timeout; the stub never answers a path ending in {@code /slow}. */
    public static final String SLOW_REPORTS = "/api/v1/reports/slow";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("quarkus.http.cors.origins", FRONTEND_ORIGIN),
                Map.entry("lindung.gateway.routes.targets.rate-limit.requests", Integer.toString(TARGETS_REQUESTS_PER_MINUTE)),
                Map.entry("lindung.gateway.routes.budget-lines.max-body-size", Integer.toString(BUDGET_LINES_MAX_BODY)),
                // a route of its own, so that only the timeout test waits on a short timeout
                Map.entry("lindung.gateway.routes.slow-reports.prefix", SLOW_REPORTS),
                Map.entry("lindung.gateway.routes.slow-reports.backend", "reporting"),
                Map.entry("lindung.gateway.routes.slow-reports.timeout", "1s"),
                Map.entry("lindung.gateway.routes.slow-reports.roles.GET", "viewer"),
                Map.entry("lindung.gateway.circuit-breaker.failure-threshold", "3"),
                Map.entry("lindung.gateway.circuit-breaker.open-for", "1s"),
                Map.entry("lindung.gateway.probes.timeout", "1s"));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(DevstackResource.class, Map.of(DevstackResource.SERVICE, "gateway")),
                new TestResourceEntry(StubBackends.class));
    }
}
