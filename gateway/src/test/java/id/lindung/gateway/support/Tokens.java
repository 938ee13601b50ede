package id.lindung.gateway.support;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import id.lindung.devstack.DevJwt;
import id.lindung.devstack.DevstackResource;

/** Bearer tokens for the tests: good ones from the devstack, and each kind of bad one signed here. */
public final class Tokens {

    private Tokens() {
    }

    /** The government of the tests' finance and planner tokens, which must name one (RegionScope). */
    public static final String REGION = "36.03";

    /** A valid token in these roles for a fresh subject, so rate limits of other tests never get in the way. */
    public static String of(String... roles) {
        return forSubject(freshSubject(), roles);
    }

    public static String bearer(String... roles) {
        return "Bearer " + of(roles);
    }

    /** A valid token for a given subject. */
    public static String forSubject(String subject, String... roles) {
        boolean regional = Set.of(roles).contains("finance") || Set.of(roles).contains("planner");
        return DevstackResource.tokens().mint(subject, Set.of(roles), regional ? REGION : null, Duration.ofMinutes(5));
    }

    /** A valid token whose region claim has any JSON shape (null: no claim). */
    public static String withRegionClaim(Set<String> roles, Object claim) {
        return DevstackResource.tokens().mintWithRegionClaim(freshSubject(), roles, claim, Duration.ofMinutes(5));
    }

    public static String freshSubject() {
        return "test-" + UUID.randomUUID();
    }

    /** Claims of a token that would be valid; tests change one thing and sign it. */
    public static JwtClaimsBuilder validClaims() {
        Instant now = Instant.now();
        return Jwt.issuer(DevJwt.ISSUER)
                .audience(DevJwt.AUDIENCE)
                .subject(freshSubject())
                .groups(Set.of("viewer"))
                .issuedAt(now.getEpochSecond())
                .expiresAt(now.plus(Duration.ofMinutes(5)).getEpochSecond());
    }

    public static String signedByDevstack(JwtClaimsBuilder claims) {
        return claims.sign(DevstackResource.tokens().privateKey());
    }

    /** Signed with a key the gateway has never seen. */
    public static String signedByStranger(JwtClaimsBuilder claims) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            PrivateKey stranger = generator.generateKeyPair().getPrivate();
            return claims.sign(stranger);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
