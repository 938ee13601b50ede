package id.lindung.reporting.rest;

import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import id.lindung.devstack.DevstackResource;
import id.lindung.reporting.Api;

/**
 * Region scope for every role on every endpoint: a token acts on its region and below, never beside or above it; a
 * token without a region is national for admin, bpjs and viewer, and has no scope for finance and planner.
 */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = "service", value = "reporting"))
class ScopeTest {

    private static final List<String> READS = List.of(
            "/api/v1/reports/coverage/%s",
            "/api/v1/reports/coverage/%s/children",
            "/api/v1/reports/coverage/%s/trend",
            "/api/v1/reports/budget/%s",
            "/api/v1/targets/%s/2031");
    private static final List<String> ROLES = List.of("admin", "viewer", "planner", "finance", "bpjs");

    static Stream<Arguments> readsByRole() {
        return READS.stream().flatMap(path -> ROLES.stream().map(role -> Arguments.of(role, path)));
    }

    static Stream<Arguments> readsByRegionalRole() {
        return readsByRole().filter(arguments -> !"admin".equals(arguments.get()[0]));
    }

    @ParameterizedTest(name = "{0} scoped to 36.03 reads {1} for 36.03 and below, not 36 or 36.04")
    @MethodSource("readsByRegionalRole")
    void aScopedTokenReadsItsRegionAndBelowOnly(String role, String path) {
        Api.as(role, "36.03").get(path.formatted("36.03")).then().statusCode(200);
        Api.as(role, "36.03").get(path.formatted("36.03.01")).then().statusCode(200);
        Api.as(role, "36.03").get(path.formatted("36")).then().statusCode(403)
                .contentType("application/problem+json");
        Api.as(role, "36.03").get(path.formatted("36.04")).then().statusCode(403);
        Api.as(role, "36.03").get(path.formatted("ID")).then().statusCode(403);
    }

    @ParameterizedTest(name = "{0} without a region: national for admin, bpjs and viewer only ({1})")
    @MethodSource("readsByRole")
    void aTokenWithoutARegionIsNationalOnlyForNationalRoles(String role, String path) {
        int expected = Set.of("admin", "bpjs", "viewer").contains(role) ? 200 : 403;
        Api.as(role, null).get(path.formatted("ID")).then().statusCode(expected);
        Api.as(role, null).get(path.formatted("36.03")).then().statusCode(expected);
    }

    @Test
    void anAdminIsNationalWhateverItsRegionClaim() {
        Api.as("admin", "36.03").get("/api/v1/reports/coverage/36.04").then().statusCode(200);
    }

    @ParameterizedTest(name = "without a token {0} is 401")
    @MethodSource("paths")
    void everyEndpointNeedsAToken(String path) {
        RestAssured.given().get(path).then().statusCode(401).contentType("application/problem+json");
        RestAssured.given().auth().oauth2("not-a-jwt").get(path).then().statusCode(401);
    }

    static Stream<String> paths() {
        return Stream.concat(READS.stream().map(path -> path.formatted("36")),
                Stream.of("/api/v1/reports/rankings?level=PROVINCE"));
    }

    @Test
    void aTokenWithNoLindungRoleIsForbidden() {
        RestAssured.given().auth()
                .oauth2(DevstackResource.tokens().mint("stranger", Set.of("guest"), null, java.time.Duration.ofMinutes(5)))
                .get("/api/v1/reports/coverage/ID").then().statusCode(403);
    }

    @ParameterizedTest(name = "{0} may post targets within its scope: {1}")
    @MethodSource("writers")
    void onlyPlannersAndFinanceInScopeAndAdminsPostTargets(String role, String scope, String region, int status) {
        Api.as(role, scope).contentType("application/json").body(Map.of("potential", Map.of("NON_ASN", 5)))
                .put("/api/v1/targets/{region}/2032", region).then().statusCode(status);
    }

    static Stream<Arguments> writers() {
        return Stream.of(
                Arguments.of("planner", "36.03", "36.03", 201),
                Arguments.of("finance", "36.03", "36.03.01", 201),
                Arguments.of("planner", "36.03", "36", 403),
                Arguments.of("finance", "36.03", "36.04", 403),
                Arguments.of("planner", null, "36.05", 403),
                Arguments.of("admin", null, "36.71", 201),
                Arguments.of("viewer", null, "36.72", 403),
                Arguments.of("viewer", "36.72", "36.72", 403),
                Arguments.of("bpjs", null, "36.73", 403));
    }

    @Test
    void rankingsCoverOnlyTheRegionsWithinTheTokensScope() {
        Api.as("planner", "36").get("/api/v1/reports/rankings?level=REGENCY&limit=600").then().statusCode(200)
                .body("within", equalTo("36"))
                .body("items.region.every { it.startsWith('36.') }", equalTo(true));
        Api.as("planner", "36").get("/api/v1/reports/rankings?level=REGENCY&within=ID").then().statusCode(403);
        Api.as("planner", null).get("/api/v1/reports/rankings?level=REGENCY").then().statusCode(403);
        Api.viewer().get("/api/v1/reports/rankings?level=PROVINCE&limit=600").then().statusCode(200)
                .body("items.size()", equalTo(38));
    }

    private static RequestSpecification withClaim(Set<String> roles, Object claim) {
        return RestAssured.given().auth().oauth2(DevstackResource.tokens().mintWithRegionClaim("claims", roles, claim,
                java.time.Duration.ofMinutes(5)));
    }

    static Stream<Object> oddClaims() {
        return Stream.of(List.of("36", "74"), List.of(), 36, 36.03, "36.3", " 36", "id", "", "99", Map.of("code", "36"),
                true);
    }

    @ParameterizedTest(name = "a region claim {0} is refused for every role but admin")
    @MethodSource("oddClaims")
    void aRegionClaimThatIsNotExactlyOneCodeIsRefused(Object claim) {
        for (String role : List.of("viewer", "bpjs", "planner", "finance")) {
            withClaim(Set.of(role), claim).get("/api/v1/reports/coverage/74").then().statusCode(403)
                    .contentType("application/problem+json");
            withClaim(Set.of(role), claim).get("/api/v1/reports/rankings?level=PROVINCE").then().statusCode(403);
        }
        withClaim(Set.of("admin"), claim).get("/api/v1/reports/coverage/74").then().statusCode(200);
    }

    @Test
    void aOneElementArrayIsItsOneCodeAndPlannersNeedARealGovernment() {
        withClaim(Set.of("viewer"), List.of("36")).get("/api/v1/reports/coverage/36.03").then().statusCode(200);
        withClaim(Set.of("viewer"), List.of("36")).get("/api/v1/reports/coverage/74").then().statusCode(403);
        for (Object claim : java.util.Arrays.asList(null, "ID", "id", "36.03.01")) {
            withClaim(Set.of("planner", "viewer"), claim).contentType("application/json")
                    .body(Map.of("potential", Map.of("NON_ASN", 5))).put("/api/v1/targets/74.13/2032").then()
                    .statusCode(403);
        }
    }
}
