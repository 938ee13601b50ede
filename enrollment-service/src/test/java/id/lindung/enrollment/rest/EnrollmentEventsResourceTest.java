package id.lindung.enrollment.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.security.Roles;
import id.lindung.devstack.DevstackResource;
import id.lindung.enrollment.support.EnrollmentTestBase;
import id.lindung.enrollment.support.Records;
import id.lindung.enrollment.support.Tokens;
import id.lindung.enrollment.support.TopicWatcher;

@QuarkusTest
@QuarkusTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = DevstackResource.SERVICE, value = "enrollment"))
class EnrollmentEventsResourceTest extends EnrollmentTestBase {

    @Test
    void anEnrolledRecordIsAcceptedStoredAndPublishedAsAnActivatedEvent() {
        ObjectNode record = Records.enrolled();

        String participantId = post(Records.array(record))
                .statusCode(200)
                .body("received", equalTo(1))
                .body("accepted", equalTo(1))
                .body("results[0].outcome", equalTo("ACCEPTED"))
                .body("results[0].effect", equalTo("ACTIVATED"))
                .body("results[0].eventId", equalTo(record.get("eventId").asText()))
                .body("results[0].enrollmentId", notNullValue())
                .extract().path("results[0].participantId");

        List<TopicWatcher.Received> events = awaitEvents(participantId, EventTypes.ENROLLMENT_ACTIVATED, 1);
        JsonNode data = events.get(0).value().get("data");
        assertThat(data.get("participantId").asText()).isEqualTo(participantId);
        assertThat(data.get("sequence").asLong()).isEqualTo(1);
        assertThat(data.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(data.get("category").asText()).isEqualTo("NON_ASN");
        assertThat(data.get("domicileRegion").asText()).isEqualTo(Records.VILLAGE);
        assertThat(data.get("payer").get("type").asText()).isEqualTo("APBD_KABKOTA");
        assertThat(data.get("payer").get("region").asText()).isEqualTo(Records.REGENCY);
        assertThat(data.get("wageBase").asLong()).isEqualTo(1_000_000);
        assertThat(data.get("birthYear").asInt()).isEqualTo(
                java.time.LocalDate.parse(record.get("birthDate").asText()).getYear());
        assertThat(events.get(0).rawValue()).doesNotContain(record.get("nik").asText());
    }

    @Test
    void aRequestWithoutATokenIsUnauthenticated() {
        given().contentType(ContentType.JSON).body(Records.array(Records.enrolled()).toString())
                .post(EVENTS)
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aViewerMayNotPostRecords() {
        given().header("Authorization", Tokens.bearer(Roles.VIEWER))
                .contentType(ContentType.JSON).body(Records.array(Records.enrolled()).toString())
                .post(EVENTS)
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aBatchWhoseOnlyRecordIsInvalidIsAnsweredWithAProblemNamingTheField() {
        ObjectNode record = Records.enrolled();
        record.put("nik", "12345");

        post(Records.array(record))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("[0].nik"));
    }
}
