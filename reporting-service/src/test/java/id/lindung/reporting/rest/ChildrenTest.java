package id.lindung.reporting.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.ArrayList;
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

/** Children reports: every child listed, sortable, paginated, and as CSV. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = "service", value = "reporting"))
class ChildrenTest {

    @Inject
    RegionDirectory directory;

    /** Enrolls the counts per regency (in random villages) with targets for the year, and waits for them. */
    private void enrollAndTarget(String province, int year, Map<String, Integer> active, Map<String, Integer> potential) {
        List<Enrollment> enrollments = new ArrayList<>();
        active.forEach((regency, count) -> {
            for (int i = 0; i < count; i++) {
                enrollments.add(i % 2 == 0
                        ? Enrollment.nonAsn(Villages.in(directory, regency).value())
                        : Enrollment.pekerjaRentan(Villages.in(directory, regency).value()));
            }
        });
        potential.forEach((regency, count) -> Api.as("planner", regency).contentType("application/json")
                .body(Map.of("potential", Map.of("NON_ASN", count))).put("/api/v1/targets/{r}/{y}", regency, year)
                .then().statusCode(201));
        long before = Api.active(province);
        TestEvents.publish(enrollments.toArray(Enrollment[]::new));
        await().atMost(Duration.ofSeconds(30)).until(() -> Api.active(province) == before + enrollments.size());
    }

    @Test
    void theChildrenOfAProvinceAreEveryRegencyWithItsFiguresSortedAndPaged() {
        int year = 2090;
        enrollAndTarget("14", year, Map.of("14.01", 3, "14.02", 1, "14.03", 2),
                Map.of("14.01", 30, "14.02", 2, "14.03", 100));

        var all = Api.viewer().queryParam("year", year).queryParam("size", 500)
                .get("/api/v1/reports/coverage/14/children").then().statusCode(200)
                .body("totalItems", equalTo(directory.children(id.lindung.contracts.region.RegionCode.of("14")).size()))
                .body("items[0].region", equalTo("14.01"))
                .body("items[0].name", equalTo(directory.name(id.lindung.contracts.region.RegionCode.of("14.01")).get()))
                .body("items[0].level", equalTo("REGENCY"))
                .body("items[0].active", equalTo(3))
                .body("items[0].coveragePercent", equalTo(10.0f))
                .extract().jsonPath();
        assertThat(all.getList("items.region", String.class)).isSorted();

        Api.viewer().queryParam("year", year).queryParam("sort", "coverage").queryParam("order", "desc")
                .queryParam("size", 3)
                .get("/api/v1/reports/coverage/14/children").then().statusCode(200)
                .body("items.region", contains("14.02", "14.01", "14.03"))
                .body("items.coveragePercent", contains(50.0f, 10.0f, 2.0f))
                .body("size", equalTo(3));
        Api.viewer().queryParam("year", year).queryParam("sort", "active").queryParam("order", "desc")
                .queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/reports/coverage/14/children").then().statusCode(200)
                .body("items[0].region", equalTo("14.02"))
                .body("page", equalTo(1));
        Api.viewer().queryParam("sort", "height").get("/api/v1/reports/coverage/14/children").then()
                .statusCode(400).body("errors[0].field", equalTo("sort"));
        Api.viewer().queryParam("size", 0).get("/api/v1/reports/coverage/14/children").then().statusCode(400);
    }

    @Test
    void theChildrenComeAsCsvWithAHeaderAndOneRowPerChild() {
        int year = 2091;
        enrollAndTarget("15", year, Map.of("15.01", 2), Map.of("15.01", 8));

        String csv = Api.viewer().accept("text/csv").queryParam("year", year).queryParam("sort", "active")
                .queryParam("order", "desc")
                .get("/api/v1/reports/coverage/15/children").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment"))
                .extract().asString();

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("region,name,level,year,active,potential,potentialSource,coveragePercent,"
                + "active_NON_ASN,potential_NON_ASN,coveragePercent_NON_ASN");
        assertThat(lines).hasSize(1 + directory.children(id.lindung.contracts.region.RegionCode.of("15")).size());
        assertThat(lines.get(1)).startsWith("15.01," + directory.name(id.lindung.contracts.region.RegionCode.of(
                "15.01")).get() + ",REGENCY," + year + ",2,8,POSTED,25.0,1,8,12.5,");
        assertThat(csv).doesNotContain("participantId");
    }
}
