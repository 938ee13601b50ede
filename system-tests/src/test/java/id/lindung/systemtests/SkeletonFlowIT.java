package id.lindung.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/**
 * The walking skeleton, through the gateway only: a BPJS batch enrolls someone, the enrollment travels
 * enrollment-service → outbox → Kafka → reporting-service, and a viewer sees the count.
 */
@ExtendWith(RunningSuite.class)
class SkeletonFlowIT {

    @Test
    void anEnrollmentPostedThroughTheGatewayShowsUpInTheCoverageReport() {
        TestPeople.Person person = TestPeople.next();
        String village = "36.03.01.2003";
        int before = activeIn(village);

        given().spec(RunningSuite.gateway(RunningSuite.token("bpjs", null)))
                .contentType(ContentType.JSON)
                .body("[" + TestPeople.enrolledRecord(person, village, "36.03") + "]")
                .when().post("/api/v1/enrollment-events")
                .then().statusCode(200)
                .body("results[0].outcome", equalTo("ACCEPTED"));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(activeIn(village)).isEqualTo(before + 1));
    }

    private static int activeIn(String region) {
        return given().spec(RunningSuite.gateway(RunningSuite.token("viewer", "36")))
                .when().get("/api/v1/reports/coverage/" + region)
                .then().statusCode(200)
                .extract().path("active");
    }
}
