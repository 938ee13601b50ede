package id.lindung.enrollment.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.security.Roles;
import id.lindung.devstack.DevstackResource;
import id.lindung.enrollment.support.EnrollmentTestBase;
import id.lindung.enrollment.support.Records;
import id.lindung.enrollment.support.Tokens;
import id.lindung.enrollment.support.TopicWatcher;

@QuarkusTest
@QuarkusTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = DevstackResource.SERVICE, value = "enrollment"))
class IngestionTest extends EnrollmentTestBase {

    private static ObjectNode payer(ObjectNode record, String type, String region) {
        ((ObjectNode) record.get("payer")).put("type", type).put("region", region);
        return record;
    }

    @Test
    void aMixedBatchAnswersEveryRecordAndRejectedOnesDoNotBlockTheValidOnes() {
        ObjectNode earlier = Records.enrolled();
        post(Records.array(earlier)).statusCode(200);
        ObjectNode valid = Records.enrolled();
        ObjectNode invalid = Records.enrolled().put("domicileRegion", "36.03.01.2999");
        ObjectNode sameEventTwice = valid.deepCopy();

        post(Records.array(valid, invalid, earlier, sameEventTwice))
                .statusCode(200)
                .body("received", equalTo(4))
                .body("accepted", equalTo(1))
                .body("duplicates", equalTo(2))
                .body("rejected", equalTo(1))
                .body("results.outcome", contains("ACCEPTED", "REJECTED", "DUPLICATE", "DUPLICATE"))
                .body("results[1].reasons.field", contains("domicileRegion"))
                .body("results[1].reasons[0].message", containsString("does not exist in the Kemendagri list"))
                .body("results[1].participantId", nullValue());
    }

    @Test
    void aRecordSentAgainIsADuplicateAndEmitsNothingNew() {
        ObjectNode record = Records.enrolled();
        String participantId = post(Records.array(record)).statusCode(200).extract().path("results[0].participantId");

        post(Records.array(record)).statusCode(200)
                .body("duplicates", equalTo(1))
                .body("results[0].outcome", equalTo("DUPLICATE"));
        post(Records.array(Records.next(record, "ENDED"))).statusCode(200);

        // the end is published after anything the repeat could have caused (same key, same partition)
        assertThat(awaitEvents(participantId, EventTypes.ENROLLMENT_ENDED, 1)).hasSize(1);
        assertThat(awaitEvents(participantId, EventTypes.ENROLLMENT_ACTIVATED, 1)).hasSize(1);
    }

    @Test
    void anOlderEventArrivingLateIsKeptInHistoryAndDoesNotChangeTheEnrollment() {
        ObjectNode enrolled = Records.enrolled();
        ObjectNode newer = Records.next(enrolled, "CHANGED").put("wageBase", 3_000_000);
        ObjectNode older = Records.next(enrolled, "CHANGED").put("wageBase", 2_000_000)
                .put("occurredAt", OffsetDateTime.parse(enrolled.get("occurredAt").asText()).plusMinutes(5).toString());
        String enrollmentId = post(Records.array(enrolled)).statusCode(200).extract().path("results[0].enrollmentId");
        String participantId = post(Records.array(newer)).statusCode(200)
                .body("results[0].effect", equalTo("CHANGED"))
                .extract().path("results[0].participantId");

        post(Records.array(older)).statusCode(200)
                .body("results[0].outcome", equalTo("ACCEPTED"))
                .body("results[0].effect", equalTo("HISTORY_ONLY"));

        given().header("Authorization", Tokens.bearer(Roles.BPJS))
                .get("/api/v1/enrollments/" + enrollmentId)
                .then().statusCode(200)
                .body("wageBase", equalTo(3_000_000))
                .body("sequence", equalTo(2))
                .body("history", hasSize(3))
                .body("history.eventId", contains(enrolled.get("eventId").asText(), older.get("eventId").asText(),
                        newer.get("eventId").asText()))
                .body("history.applied", contains(true, false, true))
                .body("history[1].state.wageBase", equalTo(2_000_000))
                .body("history[1].state.nik", nullValue());
        post(Records.array(Records.next(newer, "ENDED"))).statusCode(200);
        assertThat(awaitEvents(participantId, EventTypes.ENROLLMENT_ENDED, 1).get(0).value().at("/data/sequence")
                .asLong()).isEqualTo(3);
        assertThat(awaitEvents(participantId, EventTypes.ENROLLMENT_CHANGED, 1))
                .singleElement()
                .satisfies(event -> assertThat(event.value().at("/data/wageBase").asLong()).isEqualTo(3_000_000));
    }

    @Test
    void recordsOfOneParticipantInOneBatchAreAppliedInOccurredAtOrder() {
        ObjectNode enrolled = Records.enrolled();
        ObjectNode ended = Records.next(enrolled, "ENDED");

        post(Records.array(ended, enrolled)).statusCode(200)
                .body("results.outcome", contains("ACCEPTED", "ACCEPTED"))
                .body("results.effect", contains("ENDED", "ACTIVATED"));
    }

    @Test
    void changedAndEndedAreRejectedForAnUnknownEnrollment() {
        ObjectNode known = Records.enrolled();
        post(Records.array(known)).statusCode(200);
        ObjectNode underAnotherPayer = payer(Records.next(known, "CHANGED"), "APBD_PROVINSI", "36");

        post(Records.array(Records.next(Records.enrolled(), "CHANGED"), underAnotherPayer))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("[0].type", "[1].type"))
                .body("errors[0].message", containsString("needs a known enrollment"));
    }

    @Test
    void ndjsonRecordsAreAnsweredLineByLineAndAnUnreadableLineIsRejectedOnItsOwn() {
        ObjectNode first = Records.enrolled();
        ObjectNode second = Records.enrolled();
        String body = first + "\n{oops\n\n" + second + "\n";

        given().header("Authorization", Tokens.bearer(Roles.BPJS))
                .contentType("application/x-ndjson")
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post(EVENTS)
                .then().statusCode(200)
                .body("received", equalTo(3))
                .body("results.outcome", contains("ACCEPTED", "REJECTED", "ACCEPTED"))
                .body("results[1].reasons[0].message", containsString("not valid JSON"));
    }

    @Test
    void anNdjsonLineHoldingTwoRecordsIsRejectedNotHalfRead() {
        ObjectNode first = Records.enrolled();
        ObjectNode second = Records.enrolled();
        String body = first + "\n" + Records.enrolled().toString() + second + "\n";

        given().header("Authorization", Tokens.bearer(Roles.BPJS))
                .contentType("application/x-ndjson")
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post(EVENTS)
                .then().statusCode(200)
                .body("received", equalTo(2))
                .body("results.outcome", contains("ACCEPTED", "REJECTED"))
                .body("results[1].reasons[0].message", containsString("not valid JSON"));
    }

    @Test
    void aBodyThatIsNotAJsonArrayIsABadRequest() {
        given().header("Authorization", Tokens.bearer(Roles.BPJS)).contentType("application/json")
                .body(Records.enrolled().toString()).post(EVENTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("body"));
        given().header("Authorization", Tokens.bearer(Roles.BPJS)).contentType("application/json")
                .body("[{").post(EVENTS)
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer(Roles.BPJS)).contentType("application/json")
                .body("[]").post(EVENTS)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void twoPayersForTheSameMonthsAreReportedAsDoubleFunding() {
        ObjectNode byRegency = Records.enrolled();
        ObjectNode byProvince = payer(Records.next(byRegency, "ENROLLED"), "APBD_PROVINSI", "36")
                .put("coverageStart", "2025-04-01");
        post(Records.array(byRegency, byProvince)).statusCode(200).body("accepted", equalTo(2));
        String participantId = awaitParticipantByNik(byRegency.get("nik").asText());

        TopicWatcher.Received finding = awaitEvents(participantId, EventTypes.DOUBLE_FUNDING_DETECTED, 1).get(0);
        assertThat(finding.value().at("/data/overlapFrom").asText()).isEqualTo("2025-04-01");
        assertThat(finding.value().at("/data/firstPayer/type").asText()).isEqualTo("APBD_KABKOTA");
        assertThat(finding.value().at("/data/secondPayer/region").asText()).isEqualTo("36");

        given().header("Authorization", Tokens.bearer(Roles.FINANCE, "36"))
                .queryParam("region", "36.03").queryParam("size", 500)
                .get("/api/v1/double-funding")
                .then().statusCode(200)
                .body("items.participantId", hasItem(participantId))
                .body("items.find { it.participantId == '%s' }.programmes".formatted(participantId),
                        org.hamcrest.Matchers.contains("JKK", "JKM"))
                .body(containsString(participantId))
                .body(org.hamcrest.Matchers.not(containsString(byRegency.get("nik").asText())));
        given().header("Authorization", Tokens.bearer(Roles.FINANCE, Records.OTHER_REGENCY))
                .queryParam("size", 500)
                .get("/api/v1/double-funding")
                .then().statusCode(200)
                .body("items.participantId", org.hamcrest.Matchers.not(hasItem(participantId)));
        given().header("Authorization", Tokens.bearer(Roles.FINANCE, Records.OTHER_REGENCY))
                .queryParam("region", "36")
                .get("/api/v1/double-funding")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void oneRequestOfTenThousandRecordsIsTakenWhole() {
        ArrayNode batch = Records.JSON.createArrayNode();
        for (int i = 0; i < 10_000; i++) {
            batch.add(Records.enrolled());
        }
        ObjectNode last = (ObjectNode) batch.get(9_999);

        post(batch).statusCode(200)
                .body("received", equalTo(10_000))
                .body("accepted", equalTo(10_000))
                .body("rejected", equalTo(0));

        String participantId = awaitParticipantByNik(last.get("nik").asText());
        assertThat(awaitEvents(participantId, EventTypes.ENROLLMENT_ACTIVATED, 1)).hasSize(1);
    }

    @Test
    void aRequestOfMoreThanTenThousandRecordsIsRefusedWhole() {
        ArrayNode batch = Records.JSON.createArrayNode();
        ObjectNode record = Records.enrolled();
        for (int i = 0; i < 10_001; i++) {
            batch.add(record);
        }
        post(batch).statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most 10000"));
        searchByNik(record.get("nik").asText()).body("items", hasSize(0));
    }

    @Test
    void anAdminMayPostRecordsToo() {
        given().header("Authorization", Tokens.bearer(Roles.ADMIN))
                .contentType("application/json").body(Records.array(Records.enrolled()).toString())
                .post(EVENTS)
                .then().statusCode(200).body("accepted", equalTo(1));
        List<String> roles = List.of(Roles.FINANCE, Roles.PLANNER, Roles.VIEWER);
        for (String role : roles) {
            given().header("Authorization", Tokens.bearer(role, "36"))
                    .contentType("application/json").body(Records.array(Records.enrolled()).toString())
                    .post(EVENTS)
                    .then().statusCode(403);
        }
    }
}
