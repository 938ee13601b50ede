package id.lindung.enrollment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import id.lindung.contracts.event.EventTypes;
import id.lindung.devstack.DevstackResource;
import id.lindung.enrollment.support.BpjsTopic;
import id.lindung.enrollment.support.EnrollmentTestBase;
import id.lindung.enrollment.support.Records;
import id.lindung.enrollment.support.TopicWatcher;

@QuarkusTest
@QuarkusTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = DevstackResource.SERVICE, value = "enrollment"))
class BpjsEventsConsumerTest extends EnrollmentTestBase {

    private static final TopicWatcher DLQ = TopicWatcher.watching(EventTypes.deadLetterTopic(EventTypes.BPJS_TOPIC));

    private static List<TopicWatcher.Received> deadLettersOf(String key) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !DLQ.matching(record -> key.equals(record.key())).isEmpty());
        return DLQ.matching(record -> key.equals(record.key()));
    }

    @Test
    void aValidRecordOnTheBpjsTopicBecomesAnActivatedEnrollmentEvent() {
        ObjectNode record = Records.enrolled();
        BpjsTopic.publish(record.get("eventId").asText(), record.toString());

        String participantId = awaitParticipantByNik(record.get("nik").asText());
        assertThat(awaitEvents(participantId, EventTypes.ENROLLMENT_ACTIVATED, 1)).hasSize(1);
    }

    @Test
    void anInvalidRecordGoesToTheDeadLetterTopicWithItsReasonsAndDoesNotBlockTheValidOnes() {
        ObjectNode invalid = Records.enrolled().put("wageBase", 0);
        invalid.putArray("programmes").add("JKK").add("JKP");
        ObjectNode valid = Records.enrolled();
        BpjsTopic.publish(invalid.get("eventId").asText(), invalid.toString());
        BpjsTopic.publish(valid.get("eventId").asText(), valid.toString());

        TopicWatcher.Received dead = deadLettersOf(invalid.get("eventId").asText()).get(0);
        assertThat(dead.rawValue()).isEqualTo(invalid.toString());
        assertThat(dead.headers().get(BpjsEventsConsumer.REASON_HEADER)).contains("wageBase").contains("programmes");
        assertThat(dead.headers().get(BpjsEventsConsumer.TOPIC_HEADER)).isEqualTo(EventTypes.BPJS_TOPIC);
        assertThat(dead.headers().get(BpjsEventsConsumer.REASON_HEADER)).doesNotContain(invalid.get("nik").asText());
        String participantId = awaitParticipantByNik(valid.get("nik").asText());
        assertThat(awaitEvents(participantId, EventTypes.ENROLLMENT_ACTIVATED, 1)).hasSize(1);
    }

    @Test
    void aRecordThatIsNotJsonIsDeadLettered() {
        String key = Records.eventId();
        BpjsTopic.publish(key, "{not json");

        TopicWatcher.Received dead = deadLettersOf(key).get(0);
        assertThat(dead.rawValue()).isEqualTo("{not json");
        assertThat(dead.headers().get(BpjsEventsConsumer.REASON_HEADER)).contains("not valid JSON");
    }

    @Test
    void aChangeForAnUnknownEnrollmentIsDeadLettered() {
        ObjectNode changed = Records.next(Records.enrolled(), "CHANGED");
        BpjsTopic.publish(changed.get("eventId").asText(), changed.toString());

        assertThat(deadLettersOf(changed.get("eventId").asText()).get(0).headers()
                .get(BpjsEventsConsumer.REASON_HEADER)).contains("needs a known enrollment");
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
