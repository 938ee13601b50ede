package id.lindung.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import id.lindung.devstack.DevstackResource;

@QuarkusTest
@WithTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = "service", value = "reporting"))
class ServiceTest {

    @Test
    void readinessReportsTheDatabaseAndKafkaUp() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void everyOperationInTheOpenApiDocumentHasASummaryAndDocumentsItsProblems() {
        JsonPath openApi = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Lindung reporting-service"))
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        assertThat(paths).containsKeys("/api/v1/reports/coverage/{region}", "/api/v1/reports/coverage/{region}/children",
                "/api/v1/reports/coverage/{region}/trend", "/api/v1/reports/rankings",
                "/api/v1/reports/budget/{region}", "/api/v1/targets/{region}/{year}");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            assertThat(operation).as(method + " " + path).containsKey("summary");
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertThat(responses).as(method + " " + path).containsKeys("401", "403");
        }));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().get("/q/metrics").then().statusCode(200);
    }
}
