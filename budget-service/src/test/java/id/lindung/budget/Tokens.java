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

    /** A token whose region claim has any JSON shape (null: no claim). */
    public static String bearerWithClaim(Set<String> roles, Object claim) {
        return "Bearer " + DevstackResource.tokens().mintWithRegionClaim("test-" + String.join("-", roles), roles,
                claim, Duration.ofMinutes(30));
    }
}
