package id.lindung.budget;

import java.time.Duration;
import java.util.Set;

import id.lindung.devstack.DevstackResource;

/** Bearer tokens signed by the devstack's key, as the services under test trust it. */
public final class Tokens {

    private Tokens() {
    }

    public static String token(String role, String region) {
        return DevstackResource.tokens().mint("test-" + role + "-" + (region == null ? "national" : region),
                Set.of(role), region, Duration.ofMinutes(30));
    }

    public static String bearer(String role, String region) {
        return "Bearer " + token(role, region);
    }
}
