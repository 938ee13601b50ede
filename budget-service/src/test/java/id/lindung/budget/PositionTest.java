package id.lindung.budget;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.security.Roles;
import id.lindung.devstack.DevstackResource;

/** Budget positions of lines and pools, from allocations, disbursements and commitments. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = "service", value = "budget"))
class PositionTest {

    private static final int YEAR = Lines.thisYear();

    private static JsonPath linePosition(String bearer, String id) {
        return given().header("Authorization", bearer).when().get("/api/v1/budget-lines/" + id + "/position")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aLinePositionShowsAllocationCommitmentsDisbursementsRunOutMonthAndRoomForMore() {
        TestRegions.Regency regency = TestRegions.regency();
        String finance = Tokens.bearer(Roles.FINANCE, regency.code());
        Map<String, Object> body = Lines.apbd(regency.code(), 100_000);
        String line = Lines.create(finance, body);
        for (int i = 0; i < 5; i++) {
            Kafka.send(Kafka.Enrollment.nonAsn(regency.code(), LocalDate.of(YEAR, 1, 1), null, Programme.JKK)
                    .event(EventTypes.ENROLLMENT_ACTIVATED, 1));
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(linePosition(finance, line).getLong("committed")).isEqualTo(144_000));

        JsonPath shortOne = linePosition(finance, line);
        // 5 x 2,400 = 12,000 a month: 100,000 covers 8 months and runs out in September
        assertThat(shortOne.getLong("allocated")).isEqualTo(100_000);
        assertThat(shortOne.getLong("headroom")).isEqualTo(-44_000);
        assertThat(shortOne.getString("runOutMonth")).isEqualTo(YEAR + "-09");
        assertThat(shortOne.getLong("additionalParticipants")).isZero();
        assertThat(shortOne.getInt("pool.fundedParticipants")).isEqualTo(5);
        assertThat(shortOne.getLong("pool.costPerParticipant")).isEqualTo(2_400);

        String etag = given().header("Authorization", finance).when().get("/api/v1/budget-lines/" + line)
                .header("ETag");
        given().header("Authorization", finance).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Lines.with(body, "amount", 200_000)).when().put("/api/v1/budget-lines/" + line).then()
                .statusCode(200);
        Lines.create(finance, Lines.apbd(regency.code(), 100_000));

        JsonPath shared = linePosition(finance, line);
        int remaining = 12 - YearMonth.now(Lines.ZONE).getMonthValue() + 1;
        assertThat(shared.getDouble("shareOfPool")).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(shared.getLong("committed")).isEqualTo(96_000);
        assertThat(shared.getLong("headroom")).isEqualTo(104_000);
        assertThat(shared.getString("runOutMonth")).isNull();
        assertThat(shared.getLong("additionalParticipants")).isEqualTo(104_000 / (2_400L * remaining));
        assertThat(shared.getLong("pool.allocated")).isEqualTo(300_000);
        assertThat(shared.getLong("pool.headroom")).isEqualTo(156_000);
        assertThat(shared.getLong("pool.additionalParticipants")).isEqualTo(156_000 / (2_400L * remaining));
        assertThat(shared.getInt("pool.lines")).isEqualTo(2);
    }

    @Test
    void aPoolWithoutParticipantsEstimatesRoomForMoreFromAReferenceParticipant() {
        TestRegions.Regency regency = TestRegions.regency();
        String finance = Tokens.bearer(Roles.FINANCE, regency.code());
        Lines.create(finance, Lines.with(Lines.apbd(regency.code(), 288_000), "fiscalYear", YEAR + 1));

        JsonPath pool = given().header("Authorization", finance)
                .when().get("/api/v1/funding-pools/" + regency.code() + ":" + (YEAR + 1) + ":JKK:NON_ASN")
                .then().statusCode(200).extract().jsonPath();

        // a non-ASN on Rp1,000,000 at risk class I costs Rp2,400 a month: 288,000 pays 10 of them for 12 months
        assertThat(pool.getLong("costPerParticipant")).isEqualTo(2_400);
        assertThat(pool.getInt("remainingMonths")).isEqualTo(12);
        assertThat(pool.getLong("additionalParticipants")).isEqualTo(10);
        assertThat(pool.getString("payerRegionName")).isNotBlank();
    }

    @Test
    void disbursementsShowInTheLineAndThePool() {
        TestRegions.Regency regency = TestRegions.regency();
        String finance = Tokens.bearer(Roles.FINANCE, regency.code());
        String line = Lines.create(finance, Lines.apbd(regency.code(), 500_000));
        given().header("Authorization", finance).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of("sp2dNumber", "P/" + java.util.UUID.randomUUID(), "sp2dDate",
                        LocalDate.now(Lines.ZONE).toString(), "amount", 120_000, "monthsCovered",
                        java.util.List.of(YearMonth.now(Lines.ZONE).toString()), "participants", 50))
                .when().post("/api/v1/budget-lines/" + line + "/disbursements").then().statusCode(201);

        JsonPath position = linePosition(finance, line);
        assertThat(position.getLong("disbursed")).isEqualTo(120_000);
        assertThat(position.getLong("remaining")).isEqualTo(380_000);
        assertThat(position.getLong("pool.disbursed")).isEqualTo(120_000);
    }

    @Test
    void aMalformedPoolIdIsABadRequestAndAnUnknownOneNotFound() {
        String viewer = Tokens.bearer(Roles.VIEWER, null);
        given().header("Authorization", viewer).when().get("/api/v1/funding-pools/36.03-2026-JKK").then()
                .statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("poolId"));
        given().header("Authorization", viewer).when().get("/api/v1/funding-pools/36.98:2026:JKK:NON_ASN").then()
                .statusCode(404);
    }
}
