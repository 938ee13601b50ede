package id.lindung.budget;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import id.lindung.devstack.DevstackResource;

@QuarkusTest
@WithTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = "service", value = "budget"))
class OpenApiTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Map<String, Object>>> paths() {
        return given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract()
                .path("paths");
    }

    @Test
    void everyOperationHasASummaryAndDocumentsItsProblemResponses() {
        List<String> missing = new ArrayList<>();
        paths().forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            String name = method.toUpperCase() + " " + path;
            if (operation.get("summary") == null) {
                missing.add(name + ": summary");
            }
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation
                    .get("responses");
            for (String status : List.of("401", "403")) {
                Object content = responses.containsKey(status) ? responses.get(status).get("content") : null;
                if (!(content instanceof Map<?, ?> types) || !types.containsKey("application/problem+json")) {
                    missing.add(name + ": " + status + " as problem+json");
                }
            }
        }));
        assertThat(missing).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyRequestBodyHasExamples() {
        List<String> missing = new ArrayList<>();
        paths().forEach((path, operations) -> operations.forEach((method, operation) -> {
            Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
            if (body == null) {
                return;
            }
            Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) body.get("content");
            Map<String, Object> json = content.get("application/json");
            if (json == null || json.get("examples") == null) {
                missing.add(method.toUpperCase() + " " + path);
            }
        }));
        assertThat(missing).isEmpty();
    }

    @Test
    void theBearerSchemeIsDeclared() {
        given().accept("application/json").when().get("/q/openapi").then()
                .body("components.securitySchemes.bearer.scheme", org.hamcrest.Matchers.equalTo("bearer"));
    }
}
