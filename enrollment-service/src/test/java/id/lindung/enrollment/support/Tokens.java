package id.lindung.enrollment.support;

import java.time.Duration;
import java.util.Set;

import id.lindung.devstack.DevstackResource;

/** Bearer tokens signed with the devstack key the service under test trusts. */
public final class Tokens {

    private Tokens() {
    }

    public static String bearer(String role) {
        return bearer(role, null);
    }

    public static String bearer(String role, String region) {
        return "Bearer " + DevstackResource.tokens().mint("test-" + role, Set.of(role), region, Duration.ofMinutes(10));
    }
}
