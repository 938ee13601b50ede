package id.lindung.enrollment.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import id.lindung.contracts.event.EventSchemas;
import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.security.Roles;

/** What the @QuarkusTest classes share: posting records and waiting for the events they cause on the real topic. */
public abstract class EnrollmentTestBase {

    protected static final String EVENTS = "/api/v1/enrollment-events";

    protected static ValidatableResponse post(JsonNode body) {
        return given().header("Authorization", Tokens.bearer(Roles.BPJS))
                .contentType(ContentType.JSON)
                .body(body.toString())
                .post(EVENTS)
                .then();
    }

    /** Finds a participant by NIK as BPJS would, waiting until the record was ingested (e.g. through Kafka). */
    protected static String awaitParticipantByNik(String nik) {
        await().atMost(Duration.ofSeconds(30)).until(() -> searchByNik(nik).extract().<List<?>>path("items").size() == 1);
        return searchByNik(nik).extract().path("items[0].id");
    }

    protected static ValidatableResponse searchByNik(String nik) {
        return given().header("Authorization", Tokens.bearer(Roles.BPJS))
                .contentType(ContentType.JSON)
                .body("{\"nik\":\"" + nik + "\"}")
                .post("/api/v1/participants/search")
                .then().statusCode(200);
    }

    /**
     * Waits until {@code count} events of the participant with the given type are on {@code enrollment.events}, checks
     * each against its JSON Schema, its key and subject, and that it carries no NIK; answers them in topic order.
     */
    protected static List<TopicWatcher.Received> awaitEvents(String participantId, String type, int count) {
        TopicWatcher topic = TopicWatcher.watching(EventTypes.ENROLLMENT_TOPIC);
        await().atMost(Duration.ofSeconds(30)).until(() -> topic.matching(
                event -> participantId.equals(event.key()) && type.equals(event.value().path("type").asText()))
                .size() >= count);
        List<TopicWatcher.Received> events = topic.matching(
                event -> participantId.equals(event.key()) && type.equals(event.value().path("type").asText()));
        for (TopicWatcher.Received event : events) {
            assertThat(EventSchemas.violations(event.value())).as(event.rawValue()).isEmpty();
            assertThat(event.value().path("subject").asText()).isEqualTo(participantId);
            assertThat(event.rawValue()).doesNotContain("\"nik\"").doesNotContain("fullName");
        }
        return events;
    }
}
