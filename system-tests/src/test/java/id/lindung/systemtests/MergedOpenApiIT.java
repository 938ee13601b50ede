package id.lindung.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;

import id.lindung.devstack.LindungService;

/**
 * The gateway's one OpenAPI document must offer every operation each service has: a service operation missing from
 * the merged document fails here.
 */
@ExtendWith(RunningSuite.class)
class MergedOpenApiIT {

    @Test
    void theMergedDocumentHasEveryOperationOfEveryService() {
        Set<String> merged = operations(RunningSuite.suite().gatewayUrl());
        for (LindungService service : LindungService.backends()) {
            Set<String> own = operations(RunningSuite.suite().serviceUrl(service));
            assertThat(own).as("%s publishes API operations", service.id()).isNotEmpty();
            assertThat(merged).as("merged OpenAPI lacks operations of %s", service.id()).containsAll(own);
        }
    }

    @Test
    void theMergedDocumentDeclaresTheBearerScheme() {
        JsonPath doc = given().baseUri(RunningSuite.suite().gatewayUrl()).accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> schemes = doc.getMap("components.securitySchemes");
        assertThat(schemes.values()).anySatisfy(scheme -> {
            assertThat(scheme).containsEntry("type", "http");
            assertThat(scheme.get("scheme").toString()).isEqualToIgnoringCase("bearer");
        });
    }

    /** "METHOD /path" of every API operation in the document served at the base URL. */
    private static Set<String> operations(String baseUrl) {
        JsonPath doc = given().baseUri(baseUrl).accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.keySet().stream()
                        .filter(key -> Set.of("get", "put", "post", "delete", "patch").contains(key))
                        .forEach(method -> operations.add(method.toUpperCase() + " " + path));
            }
        });
        return operations;
    }
}
