package id.lindung.gateway.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;

import id.lindung.gateway.config.GatewayConfig;

/**
 * Checking the RS256 signature and parsing the claims is most of the gateway's own work per request, and a client sends
 * the same token with many requests. So SmallRye JWT's verification is kept, but a token that passed it is remembered,
 * by its exact text, until its {@code exp}: any other text (another claim, another signature) is verified in full, and
 * an expired token is verified again, which rejects it. Envoy's {@code jwt_authn} filter caches the same way.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache extends JWTCallerPrincipalFactory {

    private final JWTCallerPrincipalFactory verifier;
    private final Cache<String, JWTCallerPrincipal> verified;

    @Inject
    VerifiedTokenCache(GatewayConfig config) {
        this(new DefaultJWTCallerPrincipalFactory(), config.verifiedTokenCacheSize());
    }

    VerifiedTokenCache(JWTCallerPrincipalFactory verifier, long maximumSize) {
        this.verifier = verifier;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(Expiry.<String, JWTCallerPrincipal>creating((token, principal) -> untilExpiry(principal)))
                .build();
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        JWTCallerPrincipal known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        JWTCallerPrincipal principal = verifier.parse(token, authContextInfo);
        verified.put(token, principal);
        return principal;
    }

    /** Zero for a token accepted only thanks to the clock skew: it is never reused. */
    private static Duration untilExpiry(JWTCallerPrincipal principal) {
        Duration left = Duration.between(Instant.now(), Instant.ofEpochSecond(principal.getExpirationTime()));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
