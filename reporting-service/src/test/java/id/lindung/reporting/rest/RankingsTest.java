package id.lindung.reporting.rest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import id.lindung.devstack.DevstackResource;
import id.lindung.platform.regions.RegionDirectory;
import id.lindung.reporting.Api;
import id.lindung.reporting.TestEvents;
import id.lindung.reporting.TestEvents.Enrollment;
import id.lindung.reporting.Villages;

/** Regencies of Bengkulu (17) ranked; nobody else enrolls there. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = "service", value = "reporting"))
class RankingsTest {

    private static final int YEAR = 2092;

    @Inject
    RegionDirectory directory;

    private Enrollment startedIn(String regency, int month) {
        return Enrollment.nonAsn(Villages.in(directory, regency).value())
                .startedOn(LocalDate.of(2020, month, 1), OffsetDateTime.now(ZoneOffset.UTC));
    }

    @Test
    void regenciesAreRankedByEnrolledCoverageAndGrowthWithRegionsWithoutAValueLast() {
        List<Enrollment> enrollments = List.of(startedIn("17.01", 1), startedIn("17.01", 1), startedIn("17.01", 6),
                startedIn("17.01", 6), startedIn("17.02", 1), startedIn("17.03", 1), startedIn("17.03", 6));
        Map.of("17.01", 8, "17.02", 10).forEach((regency, potential) -> Api.as("planner", regency)
                .contentType("application/json").body(Map.of("potential", Map.of("NON_ASN", potential)))
                .put("/api/v1/targets/{r}/{y}", regency, YEAR).then().statusCode(201));
        long before = Api.active("17");
        TestEvents.publish(enrollments.toArray(Enrollment[]::new));
        await().atMost(Duration.ofSeconds(30)).until(() -> Api.active("17") == before + enrollments.size());

        Api.viewer().queryParam("level", "REGENCY").queryParam("metric", "ENROLLED").queryParam("within", "17")
                .queryParam("limit", 4).get("/api/v1/reports/rankings").then().statusCode(200)
                .body("items.region", contains("17.01", "17.03", "17.02", "17.04"))
                .body("items.rank", contains(1, 2, 3, 4))
                .body("items.active", contains(4, 2, 1, 0));
        Api.viewer().queryParam("level", "regency").queryParam("metric", "coverage").queryParam("within", "17")
                .queryParam("year", YEAR).queryParam("limit", 3).get("/api/v1/reports/rankings").then()
                .statusCode(200)
                .body("items.region", contains("17.01", "17.02", "17.03"))
                .body("items.value", contains(50.0f, 10.0f, null));
        Api.viewer().queryParam("level", "REGENCY").queryParam("metric", "COVERAGE").queryParam("order", "ASC")
                .queryParam("within", "17").queryParam("year", YEAR).queryParam("limit", 2)
                .get("/api/v1/reports/rankings").then().statusCode(200)
                .body("items.region", contains("17.02", "17.01"));
        Api.viewer().queryParam("level", "REGENCY").queryParam("metric", "GROWTH").queryParam("within", "17")
                .queryParam("from", "2020-01").queryParam("to", "2020-12").queryParam("limit", 4)
                .get("/api/v1/reports/rankings").then().statusCode(200)
                .body("items.region", contains("17.01", "17.03", "17.02", "17.04"))
                .body("items.growthPercent", contains(100.0f, 100.0f, 0.0f, null))
                .body("from", equalTo("2020-01"));
        Api.viewer().queryParam("level", "PROVINCE").queryParam("metric", "ENROLLED").queryParam("category",
                "NON_ASN").queryParam("limit", 38).get("/api/v1/reports/rankings").then().statusCode(200)
                .body("items.size()", equalTo(38));
    }

    @Test
    void coverageSaysHowManyActiveParticipantsNoPotentialStandsBehind() {
        String regency = "17.05";
        Api.as("planner", regency).contentType("application/json").body(Map.of("potential", Map.of("NON_ASN", 40)))
                .put("/api/v1/targets/{r}/{y}", regency, YEAR).then().statusCode(201);
        long before = Api.active(regency);
        long withoutBefore = Api.viewer().queryParam("year", YEAR).get("/api/v1/reports/coverage/" + regency)
                .then().statusCode(200).extract().jsonPath().getLong("activeWithoutPotential");
        String village = Villages.in(directory, regency).value();

        TestEvents.publish(Enrollment.nonAsn(village), Enrollment.pekerjaRentan(village));

        await().atMost(Duration.ofSeconds(30)).until(() -> Api.active(regency) == before + 2);
        Api.viewer().queryParam("year", YEAR).get("/api/v1/reports/coverage/" + regency).then().statusCode(200)
                .body("activeWithoutPotential", equalTo((int) withoutBefore + 1))
                .body("potential", equalTo(40));
    }

    @Test
    void aRankingNeedsAValidLevelAndMetric() {
        Api.viewer().get("/api/v1/reports/rankings").then().statusCode(400).body("errors[0].field", equalTo("level"));
        Api.viewer().queryParam("level", "VILLAGE").get("/api/v1/reports/rankings").then().statusCode(400);
        Api.viewer().queryParam("level", "PROVINCE").queryParam("metric", "HAPPINESS")
                .get("/api/v1/reports/rankings").then().statusCode(400).body("errors[0].field", equalTo("metric"));
        Api.viewer().queryParam("level", "PROVINCE").queryParam("limit", 0).get("/api/v1/reports/rankings").then()
                .statusCode(400);
    }
}
