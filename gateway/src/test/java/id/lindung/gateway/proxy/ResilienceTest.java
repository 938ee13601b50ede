package id.lindung.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import id.lindung.gateway.support.GatewayTestProfile;
import id.lindung.gateway.support.StubBackend;
import id.lindung.gateway.support.StubBackends;
import id.lindung.gateway.support.Tokens;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class ResilienceTest {

    private static final String REPORT = "/api/v1/reports/coverage/36";

    @Test
    void aBackendThatIsDownGets503WithinOneSecondAndTheGatewayTurnsUnready() {
        StubBackend reporting = StubBackends.get("reporting");
        awaitServed(REPORT);
        reporting.stop();
        try {
            long start = System.nanoTime();
            Response response = given().header("Authorization", Tokens.bearer("viewer")).when().get(REPORT);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.jsonPath().getString("type")).isEqualTo("https://lindung.id/problems/backend-unavailable");
            assertThat(took).isLessThan(Duration.ofSeconds(1));
            await().untilAsserted(() -> given().when().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'backends' }.data.reporting", startsWith("DOWN")));
        } finally {
            reporting.start();
        }
        await().untilAsserted(() -> given().when().get("/q/health/ready").then().statusCode(200));
        awaitServed(REPORT);
    }

    @Test
    void aFailingBackendOpensItsCircuitAndCallsFailFastUntilItRecovers() {
        StubBackend reporting = StubBackends.get("reporting");
        reporting.stop();
        try {
            await().untilAsserted(() -> given().header("Authorization", Tokens.bearer("viewer")).when().get(REPORT)
                    .then().statusCode(503)
                    .header("Retry-After", "1")
                    .body("detail", equalTo("reporting is failing; calls to it are paused")));
        } finally {
            reporting.start();
        }
        awaitServed(REPORT);
    }

    @Test
    void aBackendSilentPastTheRouteTimeoutGets504() {
        given().header("Authorization", Tokens.bearer("viewer"))
                .when().get(GatewayTestProfile.SLOW_REPORTS)
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("https://lindung.id/problems/backend-timeout"));
        awaitServed(REPORT);
    }

    @Test
    void anIdempotentRequestIsTriedAgainWhenTheBackendDropsTheConnection() {
        String path = "/api/v1/budget-lines/flaky-" + UUID.randomUUID();

        given().header("Authorization", Tokens.bearer("viewer"))
                .when().get(path)
                .then().statusCode(200);

        assertThat(StubBackends.get("budget").hits(path)).isEqualTo(2);
    }

    @Test
    void aPostIsNeverTriedAgain() {
        String path = "/api/v1/budget-lines/flaky-" + UUID.randomUUID();

        given().header("Authorization", Tokens.bearer("finance")).contentType("application/json").body("{\"amount\":1}")
                .when().post(path)
                .then().statusCode(502)
                .contentType("application/problem+json");

        assertThat(StubBackends.get("budget").hits(path)).isEqualTo(1);
    }

    /**
     * Until the backend answers through the gateway: reachable and its circuit closed, as every test of the shared
     * gateway expects it (and the request that is timed is not the first to warm the path up).
     */
    private static void awaitServed(String path) {
        await().untilAsserted(() -> given().header("Authorization", Tokens.bearer("viewer")).when().get(path)
                .then().statusCode(200));
    }
}
