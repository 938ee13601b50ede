package id.lindung.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import id.lindung.gateway.support.GatewayTestProfile;
import id.lindung.gateway.support.StubBackends;
import id.lindung.gateway.support.Tokens;

/**
 * The gateway reads the region claim by the services' rule (RegionScope) and keeps a token it refuses away from every
 * backend: 403 problem+json, the backend never called.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class RegionClaimTest {

    private static int call(Set<String> roles, Object claim, String path) {
        return given().header("Authorization", "Bearer " + Tokens.withRegionClaim(roles, claim))
                .when().get(path).then().extract().statusCode();
    }

    @Test
    void aClaimThatIsNotExactlyOneCodeNeverReachesTheBackend() {
        List<Object> odd = List.of(List.of("36", "74"), List.of(), 36, 36.5, "36.3", " 36", "id", "", "99",
                Map.of("code", "36"), true);
        for (Object claim : odd) {
            for (String role : List.of("viewer", "bpjs", "finance", "planner")) {
                String path = "/api/v1/reports/coverage/36-" + UUID.randomUUID();
                given().header("Authorization", "Bearer " + Tokens.withRegionClaim(Set.of(role), claim))
                        .when().get(path)
                        .then().statusCode(403)
                        .contentType("application/problem+json")
                        .body("type", equalTo("https://lindung.id/problems/forbidden"));
                assertThat(StubBackends.get("reporting").hits(path)).as("%s with %s", role, claim).isZero();
            }
        }
    }

    @Test
    void financeAndPlannerNeedAGovernmentWhateverElseTheyHold() {
        for (Object claim : Arrays.asList(null, "ID", "36.03.01")) {
            assertThat(call(Set.of("planner", "viewer"), claim, "/api/v1/reports/coverage/36")).isEqualTo(403);
            assertThat(call(Set.of("finance", "bpjs"), claim, "/api/v1/reports/coverage/36")).isEqualTo(403);
        }
        assertThat(call(Set.of("planner", "viewer"), "36.03", "/api/v1/reports/coverage/36")).isEqualTo(200);
        assertThat(call(Set.of("finance"), List.of("36.03.01.2001"), "/api/v1/reports/coverage/36")).isEqualTo(200);
    }

    @Test
    void nationalAndOneElementClaimsPass() {
        assertThat(call(Set.of("viewer"), null, "/api/v1/reports/coverage/36")).isEqualTo(200);
        assertThat(call(Set.of("viewer"), "ID", "/api/v1/reports/coverage/36")).isEqualTo(200);
        assertThat(call(Set.of("bpjs"), List.of("36"), "/api/v1/reports/coverage/36")).isEqualTo(200);
        assertThat(call(Set.of("admin"), List.of("36", "74"), "/api/v1/reports/coverage/36")).isEqualTo(200);
        assertThat(call(Set.of("admin"), "garbage", "/api/v1/reports/coverage/36")).isEqualTo(200);
    }
}
