package id.lindung.gateway.security;

import java.time.Duration;
import java.util.Comparator;

import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import id.lindung.gateway.config.GatewayConfig;
import id.lindung.gateway.proxy.ApiRoute;
import id.lindung.gateway.proxy.RouteTable;

/**
 * Token buckets per client (the token subject) and route. A bucket idle for a whole period is full again, so it is
 * dropped then and memory stays proportional to the clients active in the last period.
 */
@Singleton
public class RateLimiter {

    /** Upper bound on tracked (subject, route) pairs, against a flood of distinct valid tokens. */
    private static final long MAX_BUCKETS = 200_000;

    private final Cache<Key, Bucket> buckets;
    private final boolean enabled;

    RateLimiter(RouteTable routes, GatewayConfig config) {
        this.enabled = config.rateLimitsEnabled();
        Duration longestPeriod = routes.routes().stream()
                .map(route -> route.limits().rateLimit().period())
                .max(Comparator.naturalOrder())
                .orElse(Duration.ofMinutes(1));
        this.buckets = Caffeine.newBuilder().expireAfterAccess(longestPeriod).maximumSize(MAX_BUCKETS).build();
    }

    /** Takes one request from the caller's bucket on this route. */
    public Decision take(ApiRoute route, String subject) {
        GatewayConfig.RateLimit limit = route.limits().rateLimit();
        if (!enabled) {
            return new Decision(true, limit.requests(), limit.requests(), 0);
        }
        Bucket bucket = buckets.get(new Key(route.name(), subject), key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests()).refillGreedy(limit.requests(), limit.period())
                        .build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long retryAfterSeconds = probe.isConsumed() ? 0 : Math.max(1, ceilSeconds(probe.getNanosToWaitForRefill()));
        return new Decision(probe.isConsumed(), limit.requests(), probe.getRemainingTokens(), retryAfterSeconds);
    }

    private static long ceilSeconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    /**
     * @param retryAfterSeconds when the next request would be allowed; 0 when this one was
     */
    public record Decision(boolean allowed, long limit, long remaining, long retryAfterSeconds) {
    }

    private record Key(String route, String subject) {
    }
}
