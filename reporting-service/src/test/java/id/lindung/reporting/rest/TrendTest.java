package id.lindung.reporting.rest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import id.lindung.contracts.region.RegionCode;
import id.lindung.devstack.DevstackResource;
import id.lindung.platform.regions.RegionDirectory;
import id.lindung.reporting.Api;
import id.lindung.reporting.TestEvents;
import id.lindung.reporting.TestEvents.Enrollment;
import id.lindung.reporting.Villages;

/** The monthly series, built from dated changes in a village nobody else uses. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = "service", value = "reporting"))
class TrendTest {

    @Inject
    RegionDirectory directory;

    @Test
    void theTrendShowsEndOfMonthActiveNewEnrollmentsAndGrowth() {
        RegionCode village = Villages.in(directory, "16");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Enrollment january = Enrollment.nonAsn(village.value()).startedOn(LocalDate.of(2021, 1, 10), now);
        Enrollment january2 = Enrollment.nonAsn(village.value()).startedOn(LocalDate.of(2021, 1, 20), now);
        Enrollment march = Enrollment.pekerjaRentan(village.value()).startedOn(LocalDate.of(2021, 3, 5), now);
        Enrollment leftInApril = january2.endedOn(LocalDate.of(2021, 4, 30), now);
        long before = Api.active(village.value());

        TestEvents.publish(january, january2, march);
        TestEvents.publish(leftInApril);
        await().atMost(Duration.ofSeconds(30)).until(() -> Api.active(village.value()) == before + 2);

        Api.viewer().queryParam("from", "2021-01").queryParam("to", "2021-05")
                .get("/api/v1/reports/coverage/{region}/trend", village.value()).then().statusCode(200)
                .body("points.month", contains("2021-01", "2021-02", "2021-03", "2021-04", "2021-05"))
                .body("points.active", contains(2, 2, 3, 2, 2))
                .body("points.newEnrollments", contains(2, 0, 1, 0, 0))
                .body("points[0].growthPercent", nullValue())
                .body("points[2].growthPercent", equalTo(50.0f))
                .body("growthPercent", equalTo(0.0f));
        Api.viewer().queryParam("from", "2021-02").queryParam("to", "2021-03").queryParam("category", "PEKERJA_RENTAN")
                .get("/api/v1/reports/coverage/{region}/trend", village.value()).then().statusCode(200)
                .body("points.active", contains(0, 1))
                .body("growthPercent", nullValue());
        Api.viewer().queryParam("from", "2021-02").queryParam("to", "2021-03")
                .get("/api/v1/reports/coverage/{region}/trend", village.parent().orElseThrow().value()).then()
                .statusCode(200);
    }

    @Test
    void malformedOrReversedMonthsAreRefused() {
        Api.viewer().queryParam("from", "2021-13").get("/api/v1/reports/coverage/16/trend").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        Api.viewer().queryParam("from", "2021-05").queryParam("to", "2021-01")
                .get("/api/v1/reports/coverage/16/trend").then().statusCode(400);
        Api.viewer().queryParam("from", "2001-01").queryParam("to", "2025-01")
                .get("/api/v1/reports/coverage/16/trend").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }
}
