package id.lindung.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import id.lindung.gateway.support.GatewayTestProfile;
import id.lindung.gateway.support.Tokens;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class LimitsTest {

    private static final String TARGETS = "/api/v1/targets/36.03/2026";

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void aClientOverItsRateOnARouteGets429WithRetryAfter() {
        String subject = Tokens.freshSubject();
        String token = "Bearer " + Tokens.forSubject(subject, "viewer");
        for (int left = GatewayTestProfile.TARGETS_REQUESTS_PER_MINUTE - 1; left >= 0; left--) {
            given().header("Authorization", token).when().get(TARGETS)
                    .then().statusCode(200)
                    .header("RateLimit-Remaining", Integer.toString(left));
        }

        Response refused = given().header("Authorization", token).when().get(TARGETS);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).isEqualTo("https://lindung.id/problems/rate-limited");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
    }

    @Test
    void theRateLimitIsPerClientAndPerRoute() {
        String token = "Bearer " + Tokens.forSubject(Tokens.freshSubject(), "viewer");
        for (int i = 0; i <= GatewayTestProfile.TARGETS_REQUESTS_PER_MINUTE; i++) {
            given().header("Authorization", token).when().get(TARGETS);
        }
        given().header("Authorization", token).when().get(TARGETS).then().statusCode(429);

        given().header("Authorization", token).when().get("/api/v1/reports/rankings").then().statusCode(200);
        given().header("Authorization", Tokens.bearer("viewer")).when().get(TARGETS).then().statusCode(200);
    }

    @Test
    void aBodyWithinTheRouteLimitPasses() {
        given().header("Authorization", Tokens.bearer("finance"))
                .contentType("application/json").body(new byte[GatewayTestProfile.BUDGET_LINES_MAX_BODY])
                .when().post("/api/v1/budget-lines")
                .then().statusCode(200)
                .body("bodyBytes", equalTo(GatewayTestProfile.BUDGET_LINES_MAX_BODY));
    }

    @Test
    void aDeclaredBodyOverTheRouteLimitIsRefusedUnread() {
        given().header("Authorization", Tokens.bearer("finance"))
                .contentType("application/json").body(new byte[GatewayTestProfile.BUDGET_LINES_MAX_BODY + 1])
                .when().post("/api/v1/budget-lines")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://lindung.id/problems/payload-too-large"));
    }

    @Test
    void aChunkedBodyIsCutOffWhenItGrowsOverTheRouteLimit() throws Exception {
        byte[] body = new byte[4 * GatewayTestProfile.BUDGET_LINES_MAX_BODY];
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/api/v1/budget-lines"))
                .header("Authorization", Tokens.bearer("finance"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(JsonPath.from(response.body()).getString("type"))
                    .isEqualTo("https://lindung.id/problems/payload-too-large");
        }
    }
}
