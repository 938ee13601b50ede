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

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.http.cors.origins", FRONTEND_ORIGIN,
                "lindung.gateway.routes.targets.rate-limit.requests", Integer.toString(TARGETS_REQUESTS_PER_MINUTE),
                "lindung.gateway.routes.budget-lines.max-body-size", Integer.toString(BUDGET_LINES_MAX_BODY),
                "lindung.gateway.routes.reports.timeout", "1s",
                "lindung.gateway.circuit-breaker.failure-threshold", "3",
                "lindung.gateway.circuit-breaker.open-for", "1s",
                "lindung.gateway.probes.timeout", "1s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(DevstackResource.class, Map.of(DevstackResource.SERVICE, "gateway")),
                new TestResourceEntry(StubBackends.class));
    }
}
