package id.lindung.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;

import id.lindung.gateway.support.GatewayTestProfile;
import id.lindung.gateway.support.Tokens;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class RoleRulesTest {

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
            "POST, /api/v1/enrollment-events, bpjs, 200",
            "POST, /api/v1/enrollment-events, admin, 200",
            "POST, /api/v1/enrollment-events, viewer, 403",
            "POST, /api/v1/enrollment-events, finance, 403",
            "POST, /api/v1/participants/search, bpjs, 200",
            "POST, /api/v1/participants/search, planner, 403",
            "POST, /api/v1/budget-lines, finance, 200",
            "POST, /api/v1/budget-lines, planner, 403",
            "PUT, /api/v1/budget-lines/7, finance, 200",
            "PUT, /api/v1/budget-lines/7, bpjs, 403",
            "POST, /api/v1/budget-lines/7/disbursements, finance, 200",
            "POST, /api/v1/budget-lines/7/disbursements, viewer, 403",
            "PUT, /api/v1/targets/36.03/2026, planner, 200",
            "PUT, /api/v1/targets/36.03/2026, finance, 200",
            "PUT, /api/v1/targets/36.03/2026, viewer, 403",
            "DELETE, /api/v1/targets/36.03/2026, planner, 200",
            "DELETE, /api/v1/targets/36.03/2026, bpjs, 403",
            "POST, /api/v1/contributions/quote, viewer, 200",
            "GET, /api/v1/budget-lines?year=2026, viewer, 200",
            "GET, /api/v1/participants/1, planner, 200",
            "GET, /api/v1/reports/budget/36, bpjs, 200",
            "HEAD, /api/v1/reports/rankings, viewer, 200"})
    void theRouteTableDecidesWhichRolesMayUseAMethod(String method, String path, String role, int status) {
        RequestSpecification request = given().header("Authorization", Tokens.bearer(role));
        if (method.equals("POST") || method.equals("PUT")) {
            request.body("{}").contentType("application/json");
        }
        request.when().request(method, path).then().statusCode(status);
    }

    @Test
    void aWrongRoleGetsAProblemNamingTheRolesNeeded() {
        given().header("Authorization", Tokens.bearer("viewer")).body("{}").contentType("application/json")
                .when().post("/api/v1/enrollment-events")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://lindung.id/problems/forbidden"))
                .body("detail", equalTo("POST /api/v1/enrollment-events needs one of the roles [admin, bpjs]"));
    }

    @Test
    void aMethodTheRouteDoesNotOfferIsNotAllowed() {
        given().header("Authorization", Tokens.bearer("admin"))
                .when().delete("/api/v1/reports/coverage/36")
                .then().statusCode(405)
                .header("Allow", "GET")
                .contentType("application/problem+json");
    }
}
