package id.lindung.reporting.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import id.lindung.devstack.DevstackResource;
import id.lindung.reporting.Api;

/** Targets in province 51 (Bali), each test in a year of its own so that no two tests share a roll-up. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = "service", value = "reporting"))
class TargetResourceTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2030);

    private static int freshYear() {
        return YEARS.getAndIncrement();
    }

    private static void post(String role, String scope, String region, int year, Object body, int status) {
        Api.as(role, scope).contentType("application/json").body(body)
                .put("/api/v1/targets/{region}/{year}", region, year)
                .then().statusCode(status);
    }

    @Test
    void aPlannerPostsTargetsForTheirRegionAndReadsThemBackAsPosted() {
        int year = freshYear();

        Api.as("planner", "51.71").contentType("application/json")
                .body(Map.of("potential", Map.of("NON_ASN", 1200, "PEKERJA_RENTAN", 3400)))
                .put("/api/v1/targets/51.71/{year}", year)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("source", equalTo("POSTED"))
                .body("total", equalTo(4600))
                .body("name", equalTo("Kota Denpasar"))
                .body("posted.postedBy", equalTo("test-planner"));

        Api.viewer().get("/api/v1/targets/51.71/{year}", year).then().statusCode(200)
                .body("potential.NON_ASN", equalTo(1200))
                .body("source", equalTo("POSTED"));
    }

    @Test
    void aRegionWithoutItsOwnTargetsTakesTheSumOfItsChildrenUntilItPostsItsOwn() {
        int year = freshYear();
        post("planner", "51.01", "51.01", year, Map.of("potential", Map.of("NON_ASN", 100)), 201);
        post("finance", "51.02", "51.02", year, Map.of("potential", Map.of("NON_ASN", 50, "RT_RW", 7)), 201);

        Api.viewer().get("/api/v1/targets/51/{year}", year).then().statusCode(200)
                .body("source", equalTo("CHILDREN"))
                .body("potential.NON_ASN", equalTo(150))
                .body("total", equalTo(157))
                .body("posted", nullValue());
        Api.viewer().queryParam("year", year).get("/api/v1/reports/coverage/51").then().statusCode(200)
                .body("potential", equalTo(157))
                .body("potentialSource", equalTo("CHILDREN"));

        post("planner", "51", "51", year, Map.of("potential", Map.of("NON_ASN", 1000)), 201);
        Api.viewer().get("/api/v1/targets/51/{year}", year).then().statusCode(200)
                .body("source", equalTo("POSTED")).body("total", equalTo(1000));
        Api.viewer().get("/api/v1/targets/ID/{year}", year).then().statusCode(200)
                .body("source", equalTo("CHILDREN")).body("total", equalTo(1000));

        Api.as("planner", "51").delete("/api/v1/targets/51/{year}", year).then().statusCode(204);
        Api.viewer().get("/api/v1/targets/51/{year}", year).then().statusCode(200)
                .body("source", equalTo("CHILDREN")).body("total", equalTo(157));
        Api.viewer().get("/api/v1/targets/ID/{year}", year).then().statusCode(200).body("total", equalTo(157));
    }

    @Test
    void aRegionWithNoTargetsAnywhereHasNoPotentialAndNoCoverage() {
        int year = freshYear();

        Api.viewer().get("/api/v1/targets/51.03/{year}", year).then().statusCode(200)
                .body("source", equalTo("NONE")).body("total", nullValue());
        Api.viewer().queryParam("year", year).get("/api/v1/reports/coverage/51.03").then().statusCode(200)
                .body("potential", nullValue())
                .body("coveragePercent", nullValue())
                .body("potentialSource", equalTo("NONE"));
    }

    @Test
    void aRepostReplacesTheTargetsAndIfMatchRefusesAStaleVersion() {
        int year = freshYear();
        post("planner", "51", "51.04", year, Map.of("potential", Map.of("NON_ASN", 10)), 201);

        Api.as("planner", "51").contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("potential", Map.of("GURU_HONORER", 20)))
                .put("/api/v1/targets/51.04/{year}", year)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("potential.GURU_HONORER", equalTo(20))
                .body("potential.NON_ASN", nullValue());
        Api.as("planner", "51").contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("potential", Map.of("GURU_HONORER", 30)))
                .put("/api/v1/targets/51.04/{year}", year)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void invalidTargetsAreRefusedWithAProblemNamingTheField() {
        int year = freshYear();
        Api.as("admin", null).contentType("application/json")
                .body(Map.of("potential", Map.of("NON_ASN", -1)))
                .put("/api/v1/targets/51/{year}", year)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("potential")));
        Api.as("admin", null).contentType("application/json").body(Map.of("potential", Map.of()))
                .put("/api/v1/targets/51/{year}", year)
                .then().statusCode(400).contentType("application/problem+json");
        Api.as("admin", null).contentType("application/json").body(Map.of("potential", Map.of("ASN", 5)))
                .put("/api/v1/targets/51/{year}", year)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("potential.ASN"));
        Api.as("admin", null).contentType("application/json")
                .body(Map.of("potential", Map.of("NON_ASN", 10, "RT_RW", 10), "total", 25))
                .put("/api/v1/targets/51/{year}", year)
                .then().statusCode(400).body("errors[0].field", equalTo("total"));
        Api.as("admin", null).contentType("application/json").body(Map.of("potential", Map.of("NON_ASN", 10)))
                .put("/api/v1/targets/51/1999")
                .then().statusCode(400).contentType("application/problem+json");
        Api.as("admin", null).contentType("application/json").body(Map.of("potential", Map.of("NON_ASN", 10)))
                .put("/api/v1/targets/5101/{year}", year)
                .then().statusCode(400).body("errors[0].field", equalTo("region"));
        Api.as("admin", null).contentType("application/json").body(Map.of("potential", Map.of("NON_ASN", 10)))
                .put("/api/v1/targets/51.99/{year}", year)
                .then().statusCode(404).contentType("application/problem+json");
        Api.viewer().get("/api/v1/targets/51/{year}", year).then().statusCode(200).body("source",
                notNullValue());
    }
}
