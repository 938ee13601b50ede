package id.lindung.enrollment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import id.lindung.devstack.DevstackResource;

@QuarkusTest
@QuarkusTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = DevstackResource.SERVICE, value = "enrollment"))
class ServiceSurfaceTest {

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void theOpenApiDocumentDescribesTheInboundRecordAndItsJsonSchema() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("BpjsEnrollmentRecord"))
                .body(containsString("bpjs-enrollment-record.v1.json"))
                .body(containsString("/api/v1/enrollment-events"))
                .body(containsString("/api/v1/participants/search"))
                .body(containsString("/api/v1/double-funding"))
                .body(containsString("application/x-ndjson"));
    }

    @Test
    void metricsArePublished() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }
}
