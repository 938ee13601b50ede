package id.lindung.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import id.lindung.contracts.security.Roles;
import id.lindung.devstack.DevstackResource;

@QuarkusTest
@WithTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = "service", value = "budget"))
class ServiceSkeletonTest {

    @Test
    void readinessReportsTheDatabaseKafkaAndTheRateTablesUp() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check",
                        "Contribution rate tables"));
    }

    @Test
    void theOpenApiDocumentDescribesTheBudgetLineApi() {
        given().accept("application/json").when().get("/q/openapi").then()
                .statusCode(200)
                .body("info.title", equalTo("Lindung budget-service"))
                .body("paths.'/api/v1/budget-lines'.get.summary", notNullValue());
    }

    @Test
    void listingBudgetLinesWithoutATokenIsUnauthorisedAsProblemJson() {
        given().when().get("/api/v1/budget-lines").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void aViewerListsTheLinesOfARegionWithNone() {
        given().header("Authorization", Tokens.bearer(Roles.VIEWER, null))
                .queryParam("region", TestRegions.regency().code()).queryParam("year", 2026)
                .when().get("/api/v1/budget-lines").then()
                .statusCode(200)
                .body("items.size()", equalTo(0))
                .body("totalItems", equalTo(0));
    }

    @Test
    void aMalformedRegionIsABadRequestNamingTheParameter() {
        given().header("Authorization", Tokens.bearer(Roles.VIEWER, null))
                .queryParam("region", "3603")
                .when().get("/api/v1/budget-lines").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("region"));
    }
}
