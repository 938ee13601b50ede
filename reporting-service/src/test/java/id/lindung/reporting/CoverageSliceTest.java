package id.lindung.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import id.lindung.devstack.DevstackResource;
import id.lindung.reporting.TestEvents.Enrollment;

@QuarkusTest
@WithTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = "service", value = "reporting"))
class CoverageSliceTest {

    @Test
    void anEnrollmentPublishedOnTheTopicIsCountedInItsVillageAndEveryRegionAbove() {
        List<String> lineage = List.of("11.01.01.2001", "11.01.01", "11.01", "11", "ID");
        Map<String, Long> before = lineage.stream().collect(Collectors.toMap(region -> region, CoverageSliceTest::active));

        TestEvents.publish(Enrollment.nonAsn("11.01.01.2001"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String region : lineage) {
                given().auth().oauth2(TestEvents.token("viewer", null))
                        .get("/api/v1/reports/coverage/{region}", region)
                        .then().statusCode(200)
                        .body("active", equalTo((int) (before.get(region) + 1)));
            }
        });
    }

    private static long active(String region) {
        return given().auth().oauth2(TestEvents.token("viewer", null))
                .get("/api/v1/reports/coverage/{region}", region)
                .then().statusCode(200).extract().jsonPath().getLong("active");
    }
}
