package id.lindung.enrollment.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.security.Roles;
import id.lindung.devstack.DatabaseOutage;
import id.lindung.devstack.DevstackResource;
import id.lindung.enrollment.support.BpjsTopic;
import id.lindung.enrollment.support.EnrollmentTestBase;
import id.lindung.enrollment.support.Records;
import id.lindung.enrollment.support.Tokens;
import id.lindung.enrollment.support.TopicWatcher;
import id.lindung.platform.messaging.DeadLetters;
import id.lindung.platform.quarantine.QuarantinePurge;

@QuarkusTest
@QuarkusTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = DevstackResource.SERVICE, value = "enrollment"))
class BpjsEventsConsumerTest extends EnrollmentTestBase {

    private static final TopicWatcher DLQ = TopicWatcher.watching(EventTypes.deadLetterTopic(EventTypes.BPJS_TOPIC));
    private static final String QUARANTINE = "/api/v1/enrollment/quarantine";

    @Inject
    DataSource dataSource;

    @Inject
    QuarantinePurge purge;

    private static List<TopicWatcher.Received> deadLettersOf(String key) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !DLQ.matching(record -> key.equals(record.key())).isEmpty());
        return DLQ.matching(record -> key.equals(record.key()));
    }

    /** The quarantined record of an event id, as the admin listing shows it. */
    private static Map<String, Object> quarantined(String eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> listed(eventId) != null);
        return listed(eventId);
    }

    private static Map<String, Object> listed(String eventId) {
        List<Map<String, Object>> items = given().header("Authorization", Tokens.bearer(Roles.ADMIN))
                .queryParam("consumer", BpjsEventsConsumer.CHANNEL).queryParam("size", 500)
                .get(QUARANTINE).then().statusCode(200).extract().path("items");
        return items.stream().filter(item -> eventId.equals(item.get("eventId"))).findFirst().orElse(null);
    }

    private static String readiness() {
        return given().get("/q/health/ready").then().extract().asString();
    }

    private static String consumersCheck(String health) {
        return JsonPath.from(health).getString("checks.find { it.name == 'consumers' }.status");
    }

    @Test
    void aValidRecordOnTheBpjsTopicBecomesAnActivatedEnrollmentEvent() {
        ObjectNode record = Records.enrolled();
        BpjsTopic.publish(record.get("eventId").asText(), record.toString());

        String participantId = awaitParticipantByNik(record.get("nik").asText());
        assertThat(awaitEvents(participantId, EventTypes.ENROLLMENT_ACTIVATED, 1)).hasSize(1);
    }

    @Test
    void anInvalidRecordIsQuarantinedAndItsDeadLetterIsAPointerWithoutPersonalData() throws Exception {
        ObjectNode invalid = Records.enrolled().put("wageBase", 0);
        invalid.putArray("programmes").add("JKK").add("JKP");
        ObjectNode valid = Records.enrolled();
        String eventId = invalid.get("eventId").asText();
        String nik = invalid.get("nik").asText();
        BpjsTopic.publish(eventId, invalid.toString());
        BpjsTopic.publish(valid.get("eventId").asText(), valid.toString());

        TopicWatcher.Received dead = deadLettersOf(eventId).get(0);
        assertThat(dead.rawValue()).doesNotContain(nik).doesNotContain(invalid.get("fullName").asText())
                .doesNotContain(invalid.get("kpj").asText());
        assertThat(dead.value().get("topic").asText()).isEqualTo(EventTypes.BPJS_TOPIC);
        assertThat(dead.value().get("eventId").asText()).isEqualTo(eventId);
        assertThat(dead.value().has("offset")).isTrue();
        assertThat(dead.headers().get(DeadLetters.REASON_HEADER)).contains("wageBase").contains("programmes")
                .doesNotContain(nik);
        assertThat(dead.headers().get(DeadLetters.TOPIC_HEADER)).isEqualTo(EventTypes.BPJS_TOPIC);
        String participantId = awaitParticipantByNik(valid.get("nik").asText());
        assertThat(awaitEvents(participantId, EventTypes.ENROLLMENT_ACTIVATED, 1)).hasSize(1);

        Map<String, Object> listed = quarantined(eventId);
        assertThat(listed.get("id")).isEqualTo(dead.value().get("quarantineId").asText());
        assertThat(listed.get("status")).isEqualTo("QUARANTINED");
        assertThat(listed.get("reasons").toString()).contains("wageBase");
        assertThat(listed.get("payload").toString()).contains("\"wageBase\":0").doesNotContain(nik)
                .doesNotContain(invalid.get("fullName").asText());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection
                        .prepareStatement("select payload from quarantined_record where event_id = ?")) {
            select.setString(1, eventId);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(new String(rows.getBytes(1), StandardCharsets.ISO_8859_1)).doesNotContain(nik)
                        .doesNotContain("wageBase");
            }
        }
    }

    @Test
    void aRecordThatIsNotJsonIsQuarantinedAndDeadLettered() {
        String key = Records.eventId();
        BpjsTopic.publish(key, "{not json");

        TopicWatcher.Received dead = deadLettersOf(key).get(0);
        assertThat(dead.rawValue()).doesNotContain("{not json");
        assertThat(dead.headers().get(DeadLetters.REASON_HEADER)).contains("not valid JSON");
    }

    @Test
    void aRecordRefusedForACauseSinceFixedIsReplayedOnceAndAReplayAgainAnswersTheSameResult() {
        ObjectNode enrolled = Records.enrolled();
        ObjectNode changed = Records.next(enrolled, "CHANGED");
        String eventId = changed.get("eventId").asText();
        BpjsTopic.publish(eventId, changed.toString());
        assertThat(deadLettersOf(eventId).get(0).headers().get(DeadLetters.REASON_HEADER))
                .contains("needs a known enrollment");
        String id = (String) quarantined(eventId).get("id");

        given().header("Authorization", Tokens.bearer(Roles.ADMIN)).post(QUARANTINE + "/" + id + "/replay").then()
                .statusCode(200).body("outcome", org.hamcrest.Matchers.equalTo("rejected"))
                .body("status", org.hamcrest.Matchers.equalTo("QUARANTINED"));
        String participantId = post(Records.array(enrolled)).statusCode(200).extract().path("results[0].participantId");

        for (int replay = 0; replay < 2; replay++) {
            given().header("Authorization", Tokens.bearer(Roles.ADMIN)).post(QUARANTINE + "/" + id + "/replay").then()
                    .statusCode(200).body("outcome", org.hamcrest.Matchers.equalTo("applied"))
                    .body("status", org.hamcrest.Matchers.equalTo("REPLAYED"));
        }
        assertThat(awaitEvents(participantId, EventTypes.ENROLLMENT_CHANGED, 1)).hasSize(1);
        given().header("Authorization", Tokens.bearer(Roles.ADMIN)).get(QUARANTINE + "/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("REPLAYED"))
                .body("replayOutcome", org.hamcrest.Matchers.equalTo("applied"));
    }

    @Test
    void aDatabaseOutageIsWaitedOutWithReadinessDownAndNothingIsLostOrDeadLettered() {
        ObjectNode record = Records.enrolled();
        String eventId = record.get("eventId").asText();
        try (DatabaseOutage outage = DatabaseOutage.of(DevstackResource.stack(), "enrollment")) {
            BpjsTopic.publish(eventId, record.toString());
            await().atMost(Duration.ofSeconds(60)).until(() -> "DOWN".equals(consumersCheck(readiness())));
        }

        String participantId = awaitParticipantByNik(record.get("nik").asText());
        assertThat(awaitEvents(participantId, EventTypes.ENROLLMENT_ACTIVATED, 1)).hasSize(1);
        await().atMost(Duration.ofSeconds(60)).until(() -> "UP".equals(consumersCheck(readiness())));
        assertThat(DLQ.matching(dead -> eventId.equals(dead.key()))).isEmpty();
        assertThat(listed(eventId)).isNull();
    }

    @Test
    void theQuarantineIsForAdminsOnlyAndRefusesBadParametersWithAProblem() {
        for (String role : List.of(Roles.BPJS, Roles.VIEWER, Roles.FINANCE, Roles.PLANNER)) {
            given().header("Authorization", Tokens.bearer(role, Roles.VIEWER.equals(role) ? null : "36.03"))
                    .get(QUARANTINE).then().statusCode(403);
        }
        given().get(QUARANTINE).then().statusCode(401);
        given().header("Authorization", Tokens.bearer(Roles.BPJS)).post(QUARANTINE + "/" + java.util.UUID.randomUUID()
                + "/replay").then().statusCode(403);
        given().header("Authorization", Tokens.bearer(Roles.ADMIN)).queryParam("status", "LOST").get(QUARANTINE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("status"));
        given().header("Authorization", Tokens.bearer(Roles.ADMIN)).queryParam("size", 0).get(QUARANTINE)
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer(Roles.ADMIN)).get(QUARANTINE + "/not-a-uuid").then()
                .statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("id"));
        given().header("Authorization", Tokens.bearer(Roles.ADMIN)).post(QUARANTINE + "/" + java.util.UUID.randomUUID()
                + "/replay").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void quarantinedRecordsArePurgedAfterTheRetention() throws Exception {
        String key = Records.eventId();
        BpjsTopic.publish(key, "{not json either");
        String id = deadLettersOf(key).get(0).value().get("quarantineId").asText();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement age = connection.prepareStatement(
                        "update quarantined_record set quarantined_at = now() - interval '8 days' where id = ?::uuid")) {
            age.setString(1, id);
            assertThat(age.executeUpdate()).isEqualTo(1);
        }

        assertThat(purge.purge()).isGreaterThanOrEqualTo(1);

        given().header("Authorization", Tokens.bearer(Roles.ADMIN)).get(QUARANTINE + "/" + id).then().statusCode(404);
    }

    @Test
    void aRecordAlreadyTakenThroughRestIsADuplicateOnKafkaAndChangesNothing() {
        ObjectNode record = Records.enrolled();
        String participantId = post(Records.array(record)).statusCode(200).extract().path("results[0].participantId");
        ObjectNode ended = Records.next(record, "ENDED");

        BpjsTopic.publish(record.get("eventId").asText(), record.toString());
        BpjsTopic.publish(ended.get("eventId").asText(), ended.toString());

        assertThat(awaitEvents(participantId, EventTypes.ENROLLMENT_ENDED, 1).get(0).value().at("/data/sequence")
                .asLong()).isEqualTo(2);
        assertThat(awaitEvents(participantId, EventTypes.ENROLLMENT_ACTIVATED, 1)).hasSize(1);
        assertThat(DLQ.matching(dead -> record.get("eventId").asText().equals(dead.key()))).isEmpty();
    }
}
