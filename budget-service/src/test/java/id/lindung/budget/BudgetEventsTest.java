package id.lindung.budget;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import id.lindung.contracts.event.EventSchemas;
import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.security.Roles;
import id.lindung.devstack.DevstackResource;

/** Every budget event, consumed from the real budget.events topic and validated against its JSON Schema. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = "service", value = "budget"))
class BudgetEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static List<String> types(List<Kafka.Seen> events) {
        return events.stream().map(seen -> seen.value().get("type").asText()).toList();
    }

    @Test
    void aLineItsRevisionAndItsPaymentArePublishedKeyedByLineAndValidAgainstTheirSchemas() {
        TestRegions.Regency regency = TestRegions.regency();
        String finance = Tokens.bearer(Roles.FINANCE, regency.code());
        Map<String, Object> body = Lines.apbd(regency.code(), 1_000_000);
        String line = Lines.create(finance, body);
        given().header("Authorization", finance).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Lines.with(Lines.with(body, "amount", 1_500_000), "stage", "PERUBAHAN"))
                .when().put("/api/v1/budget-lines/" + line).then().statusCode(200);
        given().header("Authorization", finance).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of("sp2dNumber", "E/" + UUID.randomUUID(), "sp2dDate", LocalDate.now(Lines.ZONE).toString(),
                        "amount", 250_000, "monthsCovered", List.of(YearMonth.now(Lines.ZONE).toString()),
                        "participants", 10))
                .when().post("/api/v1/budget-lines/" + line + "/disbursements").then().statusCode(201);

        await().atMost(WAIT).untilAsserted(() -> assertThat(types(Kafka.budgetEvents(line))).containsExactly(
                EventTypes.BUDGET_LINE_ALLOCATED, EventTypes.BUDGET_LINE_REVISED,
                EventTypes.BUDGET_DISBURSEMENT_RECORDED));
        List<Kafka.Seen> events = Kafka.budgetEvents(line);
        assertThat(events).allSatisfy(seen -> {
            assertThat(EventSchemas.violations(seen.value())).isEmpty();
            assertThat(seen.value().get("subject").asText()).isEqualTo(line);
        });
        assertThat(events.get(1).value().at("/data/previousAmount").asLong()).isEqualTo(1_000_000);
        assertThat(events.get(1).value().at("/data/revision").asInt()).isEqualTo(2);
        assertThat(events.get(2).value().at("/data/lineDisbursed").asLong()).isEqualTo(250_000);
        assertThat(events.get(2).value().at("/data/poolId").asText())
                .isEqualTo(regency.code() + ":" + Lines.thisYear() + ":JKK:NON_ASN");
    }

    @Test
    void poolPositionsArePublishedKeyedByPoolWithARisingSequenceAndAShortfallForecastWhenCommitmentsExceedTheAllocation() {
        TestRegions.Regency regency = TestRegions.regency();
        String pool = regency.code() + ":" + Lines.thisYear() + ":JKK:NON_ASN";
        Lines.create(Tokens.bearer(Roles.FINANCE, regency.code()), Lines.apbd(regency.code(), 10_000));

        Kafka.send(Kafka.Enrollment.nonAsn(regency.code(), LocalDate.of(Lines.thisYear(), 1, 1), null,
                Programme.JKK).event(EventTypes.ENROLLMENT_ACTIVATED, 1));

        await().atMost(WAIT).untilAsserted(() -> assertThat(types(Kafka.budgetEvents(pool)))
                .contains(EventTypes.BUDGET_SHORTFALL_FORECAST));
        List<Kafka.Seen> events = Kafka.budgetEvents(pool);
        assertThat(events).allSatisfy(seen -> assertThat(EventSchemas.violations(seen.value())).isEmpty());
        List<Kafka.Seen> positions = events.stream()
                .filter(seen -> seen.value().get("type").asText().equals(EventTypes.BUDGET_POSITION_CHANGED))
                .toList();
        assertThat(positions).hasSizeGreaterThanOrEqualTo(2);
        assertThat(positions.stream().map(seen -> seen.value().at("/data/sequence").asLong()).toList())
                .isSorted().doesNotHaveDuplicates();
        assertThat(positions.get(0).value().at("/data/allocated").asLong()).isEqualTo(10_000);
        assertThat(positions.get(0).value().at("/data/committed").asLong()).isZero();
        var shortfall = events.stream()
                .filter(seen -> seen.value().get("type").asText().equals(EventTypes.BUDGET_SHORTFALL_FORECAST))
                .findFirst().orElseThrow().value();
        assertThat(shortfall.at("/data/committed").asLong()).isEqualTo(28_800);
        assertThat(shortfall.at("/data/headroom").asLong()).isEqualTo(10_000 - 28_800);
        assertThat(shortfall.at("/data/fundedParticipants").asInt()).isEqualTo(1);
        assertThat(shortfall.at("/data/payerType").asText()).isEqualTo("APBD_KABKOTA");
    }
}
