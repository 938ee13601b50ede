package id.lindung.reporting.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import id.lindung.contracts.event.CloudEvent;
import id.lindung.contracts.event.DoubleFundingFinding;
import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;
import id.lindung.contracts.region.RegionCode;
import id.lindung.devstack.DevstackResource;
import id.lindung.platform.regions.RegionDirectory;
import id.lindung.reporting.Api;
import id.lindung.reporting.TestEvents;
import id.lindung.reporting.TestEvents.Enrollment;
import id.lindung.reporting.Villages;

/** The coverage read model fed through the real enrollment.events topic. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = "service", value = "reporting"))
class EnrollmentEventsConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    RegionDirectory directory;

    private RegionCode village() {
        return Villages.in(directory, "12");
    }

    private static Map<String, Long> activeAlong(RegionCode region) {
        return region.lineage().stream().map(RegionCode::value)
                .collect(Collectors.toMap(Function.identity(), Api::active));
    }

    private static void awaitActive(String region, long expected) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(Api.active(region)).isEqualTo(expected));
    }

    /** Publishes a fresh enrollment in a sentinel village under the key and waits until it counts. */
    private void awaitPartitionPassed(String key) {
        RegionCode sentinel = village();
        long before = Api.active(sentinel.value());
        Enrollment marker = Enrollment.nonAsn(sentinel.value());
        TestEvents.publishUnderKey(key, marker.event());
        awaitActive(sentinel.value(), before + 1);
    }

    @Test
    void anActivationIsCountedInItsCategorySegmentAndProgrammesAtEveryLevel() {
        RegionCode village = village();
        Map<String, Long> before = activeAlong(village);
        long jkkBefore = Api.active(village.value(), "PEKERJA_RENTAN", "BPU", "JKK");

        Enrollment enrollment = Enrollment.pekerjaRentan(village.value());
        TestEvents.publish(enrollment);

        await().atMost(WAIT).untilAsserted(() -> assertThat(activeAlong(village))
                .allSatisfy((region, active) -> assertThat(active).isEqualTo(before.get(region) + 1)));
        assertThat(Api.active(village.value(), "PEKERJA_RENTAN", "BPU", "JKK")).isEqualTo(jkkBefore + 1);
        assertThat(Api.coverage(village.value()).getString("asOf")).isNotNull();
        String report = Api.coverage(village.value()).prettify();
        assertThat(report).doesNotContain(enrollment.participantId(), enrollment.enrollmentId(), "1990", "FEMALE");
    }

    @Test
    void aParticipantWhoMovesIsCountedOnlyInTheNewVillage() {
        RegionCode from = village();
        RegionCode to = village();
        long fromBefore = Api.active(from.value());
        Enrollment enrollment = Enrollment.nonAsn(from.value());
        TestEvents.publish(enrollment);
        awaitActive(from.value(), fromBefore + 1);
        long toBefore = Api.active(to.value());
        long nationBefore = Api.active("ID");

        TestEvents.publish(enrollment.movedTo(to.value()));

        awaitActive(to.value(), toBefore + 1);
        assertThat(Api.active(from.value())).isEqualTo(fromBefore);
        assertThat(Api.active("ID")).isEqualTo(nationBefore);
    }

    @Test
    void aChangeOfCategoryMovesTheParticipantBetweenCategoriesWithoutChangingTheTotal() {
        RegionCode village = village();
        long total = Api.active(village.value());
        long nonAsn = Api.active(village.value(), "NON_ASN", "PU", "ALL");
        long rentan = Api.active(village.value(), "PEKERJA_RENTAN", "BPU", "ALL");
        Enrollment enrollment = Enrollment.nonAsn(village.value());
        TestEvents.publish(enrollment);
        awaitActive(village.value(), total + 1);

        TestEvents.publish(enrollment.recategorised(Category.PEKERJA_RENTAN, Segment.BPU));

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(Api.active(village.value(), "PEKERJA_RENTAN", "BPU", "ALL")).isEqualTo(rentan + 1);
            assertThat(Api.active(village.value(), "NON_ASN", "PU", "ALL")).isEqualTo(nonAsn);
            assertThat(Api.active(village.value())).isEqualTo(total + 1);
        });
    }

    @Test
    void aChangeOfProgrammesChangesOnlyTheProgrammeCounts() {
        RegionCode village = village();
        long total = Api.active(village.value());
        long jht = Api.active(village.value(), "NON_ASN", "PU", "JHT");
        long jkm = Api.active(village.value(), "NON_ASN", "PU", "JKM");
        Enrollment enrollment = Enrollment.nonAsn(village.value());
        TestEvents.publish(enrollment);
        awaitActive(village.value(), total + 1);

        TestEvents.publish(enrollment.withProgrammes(EnumSet.of(Programme.JKK, Programme.JHT)));

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(Api.active(village.value(), "NON_ASN", "PU", "JHT")).isEqualTo(jht + 1);
            assertThat(Api.active(village.value(), "NON_ASN", "PU", "JKM")).isEqualTo(jkm);
            assertThat(Api.active(village.value())).isEqualTo(total + 1);
        });
    }

    @Test
    void anEndedEnrollmentIsNoLongerCountedAnywhere() {
        RegionCode village = village();
        Map<String, Long> before = activeAlong(village);
        Enrollment enrollment = Enrollment.nonAsn(village.value());
        TestEvents.publish(enrollment);
        awaitActive(village.value(), before.get(village.value()) + 1);

        TestEvents.publish(enrollment.ended());

        await().atMost(WAIT).untilAsserted(() -> assertThat(activeAlong(village)).isEqualTo(before));
    }

    @Test
    void aParticipantPaidForByTwoPayersCountsOnce() {
        RegionCode village = village();
        long before = Api.active(village.value());
        Enrollment first = Enrollment.nonAsn(village.value());
        Enrollment second = first.another();

        TestEvents.publishUnderKey(first.participantId(), first.event(), second.event());
        awaitPartitionPassed(first.participantId());

        assertThat(Api.active(village.value())).isEqualTo(before + 1);
        TestEvents.publish(first.ended());
        awaitPartitionPassed(first.participantId());
        assertThat(Api.active(village.value())).isEqualTo(before + 1);
        TestEvents.publish(second.ended());
        awaitActive(village.value(), before);
    }

    @Test
    void aRedeliveredEventIsNotCountedTwice() {
        RegionCode village = village();
        long before = Api.active(village.value());
        Enrollment enrollment = Enrollment.nonAsn(village.value());
        CloudEvent<?> event = enrollment.event();

        TestEvents.publishUnderKey(enrollment.participantId(), event, event);
        TestEvents.publishUnderKey(enrollment.participantId(), event);
        awaitPartitionPassed(enrollment.participantId());

        assertThat(Api.active(village.value())).isEqualTo(before + 1);
    }

    @Test
    void aReplayedHistoryWithNewEventIdsChangesNothing() {
        RegionCode village = village();
        RegionCode elsewhere = village();
        long before = Api.active(village.value());
        long elsewhereBefore = Api.active(elsewhere.value());
        Enrollment activated = Enrollment.nonAsn(village.value());
        Enrollment moved = activated.movedTo(elsewhere.value());
        Enrollment movedBack = moved.movedTo(village.value());
        TestEvents.publishUnderKey(activated.participantId(), activated.event(), moved.event(), movedBack.event());
        awaitPartitionPassed(activated.participantId());
        assertThat(Api.active(village.value())).isEqualTo(before + 1);

        TestEvents.publishUnderKey(activated.participantId(), activated.event(), moved.event(), movedBack.event());
        awaitPartitionPassed(activated.participantId());

        assertThat(Api.active(village.value())).isEqualTo(before + 1);
        assertThat(Api.active(elsewhere.value())).isEqualTo(elsewhereBefore);
    }

    @Test
    void eventsArrivingOutOfOrderEndInTheStateOfTheHighestSequence() {
        RegionCode village = village();
        RegionCode other = village();
        long before = Api.active(village.value());
        long otherBefore = Api.active(other.value());
        Enrollment activated = Enrollment.nonAsn(village.value());
        Enrollment moved = activated.movedTo(other.value());
        Enrollment ended = moved.ended();

        TestEvents.publishUnderKey(activated.participantId(), ended.event(), activated.event(), moved.event());
        awaitPartitionPassed(activated.participantId());

        assertThat(Api.active(village.value())).isEqualTo(before);
        assertThat(Api.active(other.value())).isEqualTo(otherBefore);

        Enrollment second = Enrollment.nonAsn(village.value());
        Enrollment secondMoved = second.movedTo(other.value());
        TestEvents.publishUnderKey(second.participantId(), secondMoved.event(), second.event());
        awaitPartitionPassed(second.participantId());

        assertThat(Api.active(village.value())).isEqualTo(before);
        assertThat(Api.active(other.value())).isEqualTo(otherBefore + 1);
    }

    @Test
    void malformedAndSchemaInvalidRecordsGoToTheDeadLetterTopicWithTheReasonAndTheRestIsApplied() {
        RegionCode village = village();
        long before = Api.active(village.value());
        String key = UUID.randomUUID().toString();
        Enrollment valid = Enrollment.nonAsn(village.value());
        String invalid = TestEvents.json(Enrollment.nonAsn(village.value()).event())
                .replace("\"NON_ASN\"", "\"ASN\"");
        String garbage = "{not json " + key;

        TestEvents.publishRaw(EventTypes.ENROLLMENT_TOPIC, key, garbage, invalid);
        TestEvents.publishUnderKey(key, valid.event());

        awaitActive(village.value(), before + 1);
        List<ConsumerRecord<String, String>> dead = await().atMost(WAIT).until(
                () -> TestEvents.find(EventTypes.deadLetterTopic(EventTypes.ENROLLMENT_TOPIC),
                        record -> key.equals(record.key()), Duration.ofSeconds(2)),
                records -> records.size() >= 2);
        assertThat(dead).extracting(ConsumerRecord::value)
                .allSatisfy(value -> assertThat(value).contains("quarantineId").doesNotContain("not json"));
        assertThat(dead).allSatisfy(record -> assertThat(new String(
                record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)).isNotBlank());
        assertThat(dead).anySatisfy(record -> assertThat(new String(
                record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .startsWith("schema:"));
        assertThat(Api.active(village.value())).isEqualTo(before + 1);
    }

    @Test
    void eventTypesTheReportsDoNotUseAreAcknowledgedWithoutEffect() {
        RegionCode village = village();
        long before = Api.active(village.value());
        String key = UUID.randomUUID().toString();
        DoubleFundingFinding finding = new DoubleFundingFinding(UUID.randomUUID().toString(), key,
                UUID.randomUUID().toString(), null, UUID.randomUUID().toString(), null,
                java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 3, 31));
        CloudEvent<DoubleFundingFinding> event = CloudEvent.of("/lindung/enrollment-service",
                EventTypes.DOUBLE_FUNDING_DETECTED, key, java.time.OffsetDateTime.now(), finding);
        TestEvents.publishRaw(EventTypes.ENROLLMENT_TOPIC, key, TestEvents.JSON.valueToTree(event).toString());

        awaitPartitionPassed(key);

        assertThat(Api.active(village.value())).isEqualTo(before);
        assertThat(TestEvents.find(EventTypes.deadLetterTopic(EventTypes.ENROLLMENT_TOPIC),
                record -> key.equals(record.key()), Duration.ofSeconds(2))).isEmpty();
    }
}
