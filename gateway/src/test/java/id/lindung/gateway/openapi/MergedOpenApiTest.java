package id.lindung.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import id.lindung.gateway.support.GatewayTestProfile;
import id.lindung.gateway.support.StubBackends;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class MergedOpenApiTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    @Test
    void everyOperationOfEveryServiceIsInTheMergedDocument() throws IOException {
        JsonNode merged = new ObjectMapper().readTree(given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200).contentType(startsWith("application/json"))
                .extract().asByteArray());

        List<String> missing = new ArrayList<>();
        for (String service : StubBackends.NAMES) {
            JsonNode own = new ObjectMapper().readTree(StubBackends.openapi(service).getBytes());
            for (String operation : operations(own)) {
                if (!operations(merged).contains(operation)) {
                    missing.add(service + ": " + operation);
                }
            }
        }
        assertThat(missing).as("operations the gateway's document lacks").isEmpty();
    }

    @Test
    void theMergedDocumentDeclaresTheBearerSchemeForEveryOperation() {
        given().accept("application/json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.bearer.bearerFormat", equalTo("JWT"))
                .body("security[0].bearer.size()", equalTo(0))
                .body("servers.url", contains("/"));
    }

    @Test
    void eachServicesSchemasKeepTheirNamesAndSharedOnesAreKeptOnce() {
        given().accept("application/json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.schemas.BudgetLinePage.properties.items.items.$ref",
                        equalTo("#/components/schemas/BudgetLine"))
                .body("components.schemas.EnrollmentPage.properties.items.items.$ref",
                        equalTo("#/components/schemas/Enrollment"))
                .body("paths.'/api/v1/enrollments'.get.responses.'200'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/EnrollmentPage"))
                .body("components.schemas.Problem.properties.requestId.type", equalTo("string"));
    }

    @Test
    void yamlIsServedByDefault() throws IOException {
        String yaml = given().when().get("/q/openapi")
                .then().statusCode(200).contentType(startsWith("application/yaml"))
                .extract().asString();

        assertThat(new YAMLMapper().readTree(yaml).path("paths").has("/api/v1/reports/rankings")).isTrue();
    }

    @Test
    void swaggerUiRunsOnTheGateway() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("/q/openapi"));
    }

    private static Set<String> operations(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().stream()
                .filter(operation -> METHODS.contains(operation.getKey()))
                .forEach(operation -> operations.add(operation.getKey().toUpperCase() + " " + path.getKey())));
        return operations;
    }
}
