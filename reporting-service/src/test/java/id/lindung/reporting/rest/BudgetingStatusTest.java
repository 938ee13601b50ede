package id.lindung.reporting.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import id.lindung.contracts.event.CloudEvent;
import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.event.FundingPoolPosition;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.region.RegionCode;
import id.lindung.devstack.DevstackResource;
import id.lindung.platform.regions.RegionDirectory;
import id.lindung.reporting.Api;
import id.lindung.reporting.TestEvents;

/** Kemendagri's question, for the regencies of Gorontalo (75) in a fiscal year no other test uses. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = "service", value = "reporting"))
class BudgetingStatusTest {

    private static final int YEAR = 2093;

    @Inject
    RegionDirectory directory;

    private static ProducerRecord<String, String> position(String region, Programme programme, Category category,
            long allocated, int funded) {
        PayerType payer = region.length() == 2 ? PayerType.APBD_PROVINSI : PayerType.APBD_KABKOTA;
        FundingPoolPosition position = new FundingPoolPosition(FundingPoolPosition.poolId(region, YEAR, programme,
                category), payer, region, YEAR, programme, category, allocated, 0, 0, allocated, funded, 0, 1,
                OffsetDateTime.now(ZoneOffset.UTC));
        CloudEvent<FundingPoolPosition> event = CloudEvent.of("/lindung/budget-service",
                EventTypes.BUDGET_POSITION_CHANGED, position.poolId(), OffsetDateTime.now(ZoneOffset.UTC), position);
        return new ProducerRecord<>(EventTypes.BUDGET_TOPIC, position.poolId(), TestEvents.json(event));
    }

    @Test
    void everyRegencyIsListedThoseThatBudgetedNothingFirstWithTheirFiguresPerGroup() {
        TestEvents.send(List.of(
                position("75.01", Programme.JKK, Category.NON_ASN, 1_000_000, 10),
                position("75.01", Programme.JKM, Category.NON_ASN, 500_000, 10),
                position("75.01", Programme.JKK, Category.PEKERJA_RENTAN, 300_000, 4),
                position("75.02", Programme.JKK, Category.PENYELENGGARA_PEMILU, 100, 1),
                // the province's own budget is not a regency's
                position("75", Programme.JKK, Category.NON_ASN, 9_999, 3)));
        List<String> regencies = directory.children(RegionCode.of("75")).stream().map(RegionCode::value).toList();

        JsonPath status = await().atMost(Duration.ofSeconds(30)).until(() -> Api.viewer()
                .queryParam("level", "REGENCY").queryParam("within", "75").queryParam("year", YEAR)
                .queryParam("size", 50).get("/api/v1/reports/budgeting-status")
                .then().statusCode(200).extract().jsonPath(),
                page -> page.getList("items.findAll { it.budgeted }")
                        .size() == 2);

        assertThat(status.getInt("totalItems")).isEqualTo(regencies.size());
        List<String> order = status.getList("items.region");
        assertThat(order.subList(order.size() - 2, order.size())).containsExactly("75.01", "75.02");
        assertThat(order.subList(0, order.size() - 2)).isSorted().doesNotContain("75.01", "75.02");
        assertThat(status.getBoolean("items[0].budgeted")).isFalse();
        assertThat(status.getLong("items[0].allocated")).isZero();

        Map<String, Object> first = status.getMap("items.find { it.region == '75.01' }");
        assertThat(first).containsEntry("allocated", 1_800_000).containsEntry("fundedParticipants", 14)
                .containsEntry("level", "REGENCY").containsEntry("year", YEAR);
        assertThat(status.getInt("items.find { it.region == '75.01' }.byGroup.find { it.group == 'NON_ASN_PEMDA' }"
                + ".fundedParticipants")).as("JKK and JKM fund the same ten").isEqualTo(10);
        assertThat(status.getInt("items.find { it.region == '75.01' }.byGroup.find { it.group == 'PEKERJA_RENTAN' }"
                + ".allocated")).isEqualTo(300_000);
        assertThat(status.getBoolean("items.find { it.region == '75.01' }.byGroup.find { it.group =="
                + " 'PENYELENGGARA_PEMILU' }.budgeted")).isFalse();
        assertThat(status.getBoolean("items.find { it.region == '75.02' }.byGroup.find { it.group =="
                + " 'PENYELENGGARA_PEMILU' }.budgeted")).isTrue();
    }

    @Test
    void theWholeListComesAsCsvAndVillagesAreDesaOnly() {
        String csv = Api.viewer().accept("text/csv").queryParam("level", "REGENCY").queryParam("within", "75")
                .queryParam("year", YEAR).get("/api/v1/reports/budgeting-status")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("region,name,level,year,budgeted,allocated,fundedParticipants,active,"
                + "potential,coveragePercent,budgeted_NON_ASN_PEMDA,");
        assertThat(lines).hasSize(directory.children(RegionCode.of("75")).size() + 1);

        List<String> villages = Api.viewer().queryParam("level", "VILLAGE").queryParam("within", "75.01")
                .queryParam("year", YEAR).queryParam("size", 500).get("/api/v1/reports/budgeting-status")
                .then().statusCode(200).extract().jsonPath().getList("items.region");
        assertThat(villages).isNotEmpty()
                .allSatisfy(village -> assertThat(village.charAt(village.lastIndexOf('.') + 1)).isEqualTo('2'));
    }

    @Test
    void theLevelMustKeepABudgetAndWithinStaysInTheTokensScope() {
        Api.viewer().queryParam("level", "DISTRICT").get("/api/v1/reports/budgeting-status").then().statusCode(400)
                .body("errors[0].field", equalTo("level"));
        Api.viewer().get("/api/v1/reports/budgeting-status").then().statusCode(400)
                .body("errors[0].field", equalTo("level"));
        Api.as("viewer", "76").queryParam("level", "REGENCY").queryParam("within", "75")
                .get("/api/v1/reports/budgeting-status").then().statusCode(403);
        Api.as("finance", "75.01").queryParam("level", "REGENCY").queryParam("year", YEAR)
                .get("/api/v1/reports/budgeting-status").then().statusCode(200)
                .body("items.region", org.hamcrest.Matchers.contains("75.01"));
    }
}
