package id.lindung.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import id.lindung.gateway.support.GatewayTestProfile;
import id.lindung.gateway.support.Tokens;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class CorsTest {

    @Test
    void aPreflightFromTheFrontendsOriginIsAllowed() {
        given().header("Origin", GatewayTestProfile.FRONTEND_ORIGIN)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/targets/36.03/2026")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", GatewayTestProfile.FRONTEND_ORIGIN)
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
    }

    @Test
    void aPreflightFromAnyOtherOriginIsRefused() {
        given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "PUT")
                .when().options("/api/v1/targets/36.03/2026")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void anActualCallFromTheFrontendExposesTheRequestId() {
        given().header("Origin", GatewayTestProfile.FRONTEND_ORIGIN).header("Authorization", Tokens.bearer("viewer"))
                .when().get("/api/v1/reports/rankings")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", GatewayTestProfile.FRONTEND_ORIGIN)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }
}
