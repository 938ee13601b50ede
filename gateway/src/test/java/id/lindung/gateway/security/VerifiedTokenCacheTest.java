package id.lindung.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;

class VerifiedTokenCacheTest {

    private final CountingVerifier verifier = new CountingVerifier();
    private final VerifiedTokenCache cache = new VerifiedTokenCache(verifier, 100);
    private final JWTAuthContextInfo context = new JWTAuthContextInfo();

    @Test
    void aTokenVerifiedOnceIsNotVerifiedAgainBeforeItExpires() throws ParseException {
        verifier.expiresAt = Instant.now().plusSeconds(300);

        JWTCallerPrincipal first = cache.parse("token-a", context);
        JWTCallerPrincipal second = cache.parse("token-a", context);

        assertThat(second).isSameAs(first);
        assertThat(verifier.verified).containsExactly("token-a");
    }

    @Test
    void anyOtherTextIsVerifiedInFull() throws ParseException {
        verifier.expiresAt = Instant.now().plusSeconds(300);

        cache.parse("token-a", context);
        cache.parse("token-a-with-another-signature", context);

        assertThat(verifier.verified).containsExactly("token-a", "token-a-with-another-signature");
    }

    @Test
    void aTokenPastItsExpiryIsVerifiedEveryTime() throws ParseException {
        verifier.expiresAt = Instant.now().minusSeconds(5);

        cache.parse("token-in-the-skew", context);
        cache.parse("token-in-the-skew", context);

        assertThat(verifier.verified).hasSize(2);
    }

    @Test
    void aRejectedTokenIsNotRemembered() {
        verifier.rejecting = true;

        for (int i = 0; i < 2; i++) {
            try {
                cache.parse("forged", context);
            } catch (ParseException expected) {
                // rejected, as it should be
            }
        }

        assertThat(verifier.verified).hasSize(2);
    }

    private static final class CountingVerifier extends JWTCallerPrincipalFactory {

        final List<String> verified = new ArrayList<>();
        Instant expiresAt;
        boolean rejecting;

        @Override
        public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
            verified.add(token);
            if (rejecting) {
                throw new ParseException("bad signature");
            }
            JwtClaims claims = new JwtClaims();
            claims.setSubject("someone");
            claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
            return new DefaultJWTCallerPrincipal("JWT", claims);
        }
    }
}
