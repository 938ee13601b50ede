package id.lindung.gateway.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import id.lindung.gateway.support.GatewayTestProfile;
import id.lindung.gateway.support.Tokens;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class RouteMetricsTest {

    @Test
    void eachRouteHasACountALatencyHistogramAndStatusClasses() {
        given().header("Authorization", Tokens.bearer("viewer")).when().get("/api/v1/funding-pools").then().statusCode(200);
        given().header("Authorization", Tokens.bearer("viewer")).when().delete("/api/v1/funding-pools").then().statusCode(405);

        List<String> lines = given().when().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("lindung_gateway_requests_seconds") && line.contains("route=\"funding-pools\""))
                .toList();

        assertThat(lines).anyMatch(line -> line.startsWith("lindung_gateway_requests_seconds_count")
                && line.contains("method=\"GET\"") && line.contains("status=\"2xx\""));
        assertThat(lines).anyMatch(line -> line.startsWith("lindung_gateway_requests_seconds_count")
                && line.contains("method=\"DELETE\"") && line.contains("status=\"4xx\""));
        assertThat(lines).anyMatch(line -> line.startsWith("lindung_gateway_requests_seconds_bucket")
                && line.contains("le=\"0.005\""));
    }
}
