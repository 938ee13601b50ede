package id.lindung.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

import id.lindung.gateway.support.GatewayTestProfile;
import id.lindung.gateway.support.Tokens;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class AuthenticationTest {

    private static final String PATH = "/api/v1/reports/coverage/36";

    @Test
    void aValidTokenPasses() {
        given().header("Authorization", Tokens.bearer("viewer"))
                .when().get(PATH)
                .then().statusCode(200);
    }

    @Test
    void aMissingTokenIsUnauthenticated() {
        assertUnauthenticated(given().when().get(PATH).then());
    }

    @Test
    void aMalformedTokenIsUnauthenticated() {
        assertUnauthenticated(given().header("Authorization", "Bearer not.a-jwt").when().get(PATH).then());
    }

    @Test
    void anExpiredTokenIsUnauthenticated() {
        long twoMinutesAgo = Instant.now().minusSeconds(120).getEpochSecond();
        String token = Tokens.signedByDevstack(Tokens.validClaims().issuedAt(twoMinutesAgo - 300).expiresAt(twoMinutesAgo));
        assertUnauthenticated(bearer(token));
    }

    @Test
    void aTokenExpiredWithinTheClockSkewStillPasses() {
        long fiveSecondsAgo = Instant.now().minusSeconds(5).getEpochSecond();
        String token = Tokens.signedByDevstack(Tokens.validClaims().issuedAt(fiveSecondsAgo - 300).expiresAt(fiveSecondsAgo));
        bearer(token).statusCode(200);
    }

    @Test
    void aTokenFromAnotherIssuerIsUnauthenticated() {
        assertUnauthenticated(bearer(Tokens.signedByDevstack(Tokens.validClaims().issuer("https://evil.example"))));
    }

    @Test
    void aTokenWithAForgedSignatureIsUnauthenticated() {
        assertUnauthenticated(bearer(Tokens.signedByStranger(Tokens.validClaims())));
    }

    @Test
    void aTokenForAnotherAudienceIsUnauthenticated() {
        assertUnauthenticated(bearer(Tokens.signedByDevstack(Tokens.validClaims().audience("someone-else"))));
    }

    private static ValidatableResponse bearer(String token) {
        return given().header("Authorization", "Bearer " + token).when().get(PATH).then();
    }

    private static void assertUnauthenticated(ValidatableResponse response) {
        response.statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("X-Request-Id", notNullValue())
                .contentType("application/problem+json")
                .body("type", equalTo("https://lindung.id/problems/unauthenticated"))
                .body("status", equalTo(401))
                .body("instance", equalTo(PATH));
    }
}
