package id.lindung.reporting.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import id.lindung.contracts.event.CloudEvent;
import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.event.FundingPoolPosition;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.security.Roles;
import id.lindung.devstack.DevstackResource;
import id.lindung.reporting.Api;
import id.lindung.reporting.TestEvents;

/** Budget positions of Sulawesi Barat (76) through the real budget.events topic. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = "service", value = "reporting"))
class BudgetEventsConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static FundingPoolPosition position(String region, int year, Programme programme, long sequence,
            long allocated, long committed, long disbursed, int funded) {
        PayerType payer = region.length() == 2 ? PayerType.APBD_PROVINSI : PayerType.APBD_KABKOTA;
        return new FundingPoolPosition(FundingPoolPosition.poolId(region, year, programme, Category.NON_ASN), payer,
                region, year, programme, Category.NON_ASN, allocated, committed, disbursed, allocated - committed,
                funded, 0, sequence, OffsetDateTime.now(ZoneOffset.UTC));
    }

    private static ProducerRecord<String, String> record(String key, FundingPoolPosition position) {
        CloudEvent<FundingPoolPosition> event = CloudEvent.of("/lindung/budget-service",
                EventTypes.BUDGET_POSITION_CHANGED, position.poolId(), OffsetDateTime.now(ZoneOffset.UTC), position);
        return new ProducerRecord<>(EventTypes.BUDGET_TOPIC, key, TestEvents.json(event));
    }

    @Test
    void theBudgetReportSumsTheLatestPositionOfEveryPoolPerProgrammeCategoryAndChild() {
        int year = 2026;
        FundingPoolPosition province = position("76", year, Programme.JKK, 1, 1_000_000, 600_000, 200_000, 10);
        FundingPoolPosition regencyFirst = position("76.01", year, Programme.JKM, 1, 500_000, 100_000, 0, 5);
        FundingPoolPosition regencyLatest = position("76.01", year, Programme.JKM, 3, 800_000, 900_000, 300_000, 9);
        FundingPoolPosition regencyLate = position("76.01", year, Programme.JKM, 2, 1, 1, 1, 1);
        FundingPoolPosition sentinel = position("76.02", year, Programme.JKK, 1, 70, 7, 0, 1);
        String regencyKey = regencyFirst.poolId();
        String lineAllocated = """
                {"specversion":"1.0","id":"%s","source":"/lindung/budget-service","type":"%s","subject":"x",
                 "time":"2026-01-01T00:00:00Z","data":{}}""".formatted(UUID.randomUUID(),
                EventTypes.BUDGET_LINE_ALLOCATED);

        TestEvents.send(List.of(record(province.poolId(), province), record(regencyKey, regencyFirst),
                record(regencyKey, regencyLatest), record(regencyKey, regencyLate),
                new ProducerRecord<>(EventTypes.BUDGET_TOPIC, regencyKey, lineAllocated),
                record(regencyKey, sentinel)));

        await().atMost(WAIT).untilAsserted(() -> Api.viewer().queryParam("year", year)
                .get("/api/v1/reports/budget/76").then().statusCode(200)
                .body("children.find { it.region == '76.02' }.total.allocated", equalTo(70)));
        Api.viewer().queryParam("year", year).get("/api/v1/reports/budget/76").then().statusCode(200)
                .body("name", equalTo("Sulawesi Barat"))
                .body("total.allocated", equalTo(1_800_070))
                .body("total.committed", equalTo(1_500_007))
                .body("total.disbursed", equalTo(500_000))
                .body("total.headroom", equalTo(300_063))
                .body("total.pools", equalTo(3))
                .body("byProgramme.find { it.programme == 'JKM' }.position.allocated", equalTo(800_000))
                .body("byCategory.find { it.category == 'NON_ASN' }.position.fundedParticipants", equalTo(20))
                .body("cells.size()", equalTo(2))
                .body("children.find { it.region == '76.01' }.total.headroom", equalTo(-100_000))
                .body("asOf", org.hamcrest.Matchers.notNullValue());
        Api.viewer().queryParam("year", year).get("/api/v1/reports/budget/76.01").then().statusCode(200)
                .body("total.allocated", equalTo(800_000))
                .body("children.size()", equalTo(0));
        Api.viewer().queryParam("year", year + 1).get("/api/v1/reports/budget/76").then().statusCode(200)
                .body("total.pools", equalTo(0));
    }

    @Test
    void aRepeatedPositionIsAppliedOnceAndAnInvalidOneIsDeadLettered() {
        int year = 2027;
        FundingPoolPosition pool = position("76.03", year, Programme.JKK, 1, 400, 100, 0, 2);
        ProducerRecord<String, String> once = record(pool.poolId(), pool);
        String key = pool.poolId();
        String negative = once.value().replace("\"allocated\":400", "\"allocated\":-400")
                .replace(readId(once.value()), UUID.randomUUID().toString());

        TestEvents.send(List.of(once, once, new ProducerRecord<>(EventTypes.BUDGET_TOPIC, key, negative)));

        await().atMost(WAIT).untilAsserted(() -> Api.viewer().queryParam("year", year)
                .get("/api/v1/reports/budget/76.03").then().statusCode(200).body("total.allocated", equalTo(400)));
        List<ConsumerRecord<String, String>> dead = await().atMost(WAIT).until(() -> TestEvents.find(
                EventTypes.deadLetterTopic(EventTypes.BUDGET_TOPIC), record -> key.equals(record.key()),
                Duration.ofSeconds(2)), records -> !records.isEmpty());
        assertThat(readTree(dead.get(0).value()).get("eventId").asText()).isEqualTo(readId(negative));
        assertThat(dead.get(0).value()).doesNotContain("-400");
        assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(),
                StandardCharsets.UTF_8)).contains("allocated");
        String quarantineId = readTree(dead.get(0).value()).get("quarantineId").asText();
        Api.as(Roles.ADMIN, null).get("/api/v1/reporting/quarantine/" + quarantineId).then().statusCode(200)
                .body("consumer", equalTo("budget-events")).body("payload", org.hamcrest.Matchers.containsString("-400"));
        Api.as(Roles.ADMIN, null).post("/api/v1/reporting/quarantine/" + quarantineId + "/replay").then()
                .statusCode(200).body("outcome", equalTo("rejected")).body("status", equalTo("QUARANTINED"));
        Api.viewer().get("/api/v1/reporting/quarantine/" + quarantineId).then().statusCode(403);
        Api.viewer().queryParam("year", year).get("/api/v1/reports/budget/76").then().statusCode(200)
                .body("total.allocated", equalTo(400)).body("total.pools", equalTo(1));
    }

    private static String readId(String json) {
        return (String) TestEvents.JSON.convertValue(readTree(json), Map.class).get("id");
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return TestEvents.JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
