package id.lindung.budget;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import id.lindung.contracts.security.Roles;
import id.lindung.devstack.DevstackResource;

@QuarkusTest
@WithTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = "service", value = "budget"))
class DisbursementTest {

    private static final LocalDate TODAY = LocalDate.now(Lines.ZONE);

    private static Map<String, Object> sp2d(String number, long amount) {
        Map<String, Object> sp2d = new HashMap<>();
        sp2d.put("sp2dNumber", number);
        sp2d.put("sp2dDate", TODAY.toString());
        sp2d.put("amount", amount);
        sp2d.put("monthsCovered", List.of(YearMonth.from(TODAY).toString()));
        sp2d.put("participants", 100);
        return sp2d;
    }

    private static Response pay(String bearer, String lineId, Map<String, Object> sp2d, String key) {
        var request = given().header("Authorization", bearer).contentType(ContentType.JSON).body(sp2d);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/budget-lines/" + lineId + "/disbursements");
    }

    @Test
    void anSp2dIsRecordedAgainstTheLineWithLocation() {
        TestRegions.Regency regency = TestRegions.regency();
        String finance = Tokens.bearer(Roles.FINANCE, regency.code());
        String line = Lines.create(finance, Lines.apbd(regency.code(), 1_000_000));

        Response paid = pay(finance, line, sp2d("0001/SP2D/LS/" + UUID.randomUUID(), 240_000),
                UUID.randomUUID().toString());

        paid.then().statusCode(201)
                .header("Location", endsWith("/api/v1/budget-lines/" + line + "/disbursements/" + paid.path("id")))
                .body("amount", equalTo(240_000))
                .body("monthsCovered", contains(YearMonth.from(TODAY).toString()))
                .body("recordedBy", equalTo("test-finance-" + regency.code()));
        given().header("Authorization", finance).when().get(paid.header("Location")).then()
                .statusCode(200).body("sp2dNumber", equalTo(paid.path("sp2dNumber")));
        given().header("Authorization", finance).when().get("/api/v1/budget-lines/" + line).then()
                .body("disbursed", equalTo(240_000))
                .body("remaining", equalTo(760_000));
        given().header("Authorization", finance).when().get("/api/v1/budget-lines/" + line + "/disbursements")
                .then().body("totalItems", equalTo(1));
    }

    @Test
    void aReplayReturnsTheFirstResponseAndPaysOnce() {
        TestRegions.Regency regency = TestRegions.regency();
        String finance = Tokens.bearer(Roles.FINANCE, regency.code());
        String line = Lines.create(finance, Lines.apbd(regency.code(), 1_000_000));
        Map<String, Object> sp2d = sp2d("0002/SP2D/" + UUID.randomUUID(), 100_000);
        String key = UUID.randomUUID().toString();

        Response first = pay(finance, line, sp2d, key);
        Response replay = pay(finance, line, sp2d, key);

        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        pay(finance, line, Lines.with(sp2d, "amount", 5), key).then().statusCode(422)
                .body("errors.field", contains("Idempotency-Key"));
        pay(finance, line, sp2d, null).then().statusCode(400).body("errors.field", contains("Idempotency-Key"));
        given().header("Authorization", finance).when().get("/api/v1/budget-lines/" + line).then()
                .body("disbursed", equalTo(100_000));
    }

    @Test
    void anSp2dNumberIsUniquePerRegionAndYearAcrossLines() {
        TestRegions.Regency regency = TestRegions.regency();
        String finance = Tokens.bearer(Roles.FINANCE, regency.code());
        String one = Lines.create(finance, Lines.apbd(regency.code(), 1_000_000));
        String two = Lines.create(finance, Lines.with(Lines.apbd(regency.code(), 1_000_000), "programme", "JKM"));
        String number = "0003/SP2D/" + UUID.randomUUID();

        pay(finance, one, sp2d(number, 1_000), UUID.randomUUID().toString()).then().statusCode(201);
        pay(finance, two, sp2d(number, 1_000), UUID.randomUUID().toString()).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("sp2dNumber"));
    }

    @Test
    void aPaymentBeyondWhatTheLineHasLeftIsRefused() {
        TestRegions.Regency regency = TestRegions.regency();
        String finance = Tokens.bearer(Roles.FINANCE, regency.code());
        String line = Lines.create(finance, Lines.apbd(regency.code(), 1_000_000));
        pay(finance, line, sp2d("A/" + UUID.randomUUID(), 900_000), UUID.randomUUID().toString()).then()
                .statusCode(201);

        pay(finance, line, sp2d("B/" + UUID.randomUUID(), 100_001), UUID.randomUUID().toString()).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("amount"))
                .body("detail", containsString("100000 left"));
        pay(finance, line, sp2d("C/" + UUID.randomUUID(), 100_000), UUID.randomUUID().toString()).then()
                .statusCode(201);
    }

    @Test
    void parallelPaymentsNeverOverspendTheLine() throws Exception {
        TestRegions.Regency regency = TestRegions.regency();
        String finance = Tokens.bearer(Roles.FINANCE, regency.code());
        String line = Lines.create(finance, Lines.apbd(regency.code(), 1_000_000));
        int requests = 24;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(requests);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> payments = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String number = "PAR/" + i + "/" + UUID.randomUUID();
                payments.add(() -> {
                    start.await();
                    return pay(finance, line, sp2d(number, 100_000), UUID.randomUUID().toString()).statusCode();
                });
            }
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> payment : payments) {
                futures.add(threads.submit(payment));
            }
            start.countDown();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(10);
        assertThat(statuses).filteredOn(status -> status == 422).hasSize(requests - 10);
        given().header("Authorization", finance).when().get("/api/v1/budget-lines/" + line).then()
                .body("disbursed", equalTo(1_000_000))
                .body("remaining", equalTo(0));
        given().header("Authorization", finance).queryParam("size", 100)
                .when().get("/api/v1/budget-lines/" + line + "/disbursements").then()
                .body("totalItems", equalTo(10));
    }

    @Test
    void aRevisionCannotLowerTheAmountBelowWhatIsDisbursed() {
        TestRegions.Regency regency = TestRegions.regency();
        String finance = Tokens.bearer(Roles.FINANCE, regency.code());
        Map<String, Object> body = Lines.apbd(regency.code(), 1_000_000);
        String line = Lines.create(finance, body);
        pay(finance, line, sp2d("R/" + UUID.randomUUID(), 600_000), UUID.randomUUID().toString()).then()
                .statusCode(201);
        String etag = given().header("Authorization", finance).when().get("/api/v1/budget-lines/" + line)
                .header("ETag");

        given().header("Authorization", finance).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Lines.with(body, "amount", 599_999)).when().put("/api/v1/budget-lines/" + line).then()
                .statusCode(422).body("errors.field", contains("amount"));
        given().header("Authorization", finance).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Lines.with(body, "amount", 600_000)).when().put("/api/v1/budget-lines/" + line).then()
                .statusCode(200).body("remaining", equalTo(0));
    }

    @Test
    void theDateAndMonthsMustFitTheFiscalYearAndEachFieldIsNamed() {
        TestRegions.Regency regency = TestRegions.regency();
        String finance = Tokens.bearer(Roles.FINANCE, regency.code());
        String line = Lines.create(finance, Lines.apbd(regency.code(), 1_000_000));
        Map<String, Object> bad = new HashMap<>(sp2d("", 0));
        bad.put("sp2dDate", LocalDate.of(Lines.thisYear() - 1, 12, 31).toString());
        bad.put("monthsCovered", List.of((Lines.thisYear() - 2) + "-01"));
        bad.put("participants", 0);

        pay(finance, line, bad, UUID.randomUUID().toString()).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("amount", "monthsCovered", "participants", "sp2dDate",
                        "sp2dNumber"));
        pay(finance, line, Lines.with(sp2d("F/" + UUID.randomUUID(), 1), "sp2dDate",
                TODAY.plusDays(400).withDayOfYear(1).toString()), UUID.randomUUID().toString()).then()
                .statusCode(400).body("errors.field", contains("sp2dDate"));
        pay(finance, line, Lines.with(sp2d("M/" + UUID.randomUUID(), 1), "monthsCovered", List.of()),
                UUID.randomUUID().toString()).then()
                .statusCode(400).body("errors.field", contains("monthsCovered"));
    }

    @Test
    void paymentsToAnUnknownLineAreNotFound() {
        pay(Tokens.bearer(Roles.ADMIN, null), UUID.randomUUID().toString(), sp2d("X", 1),
                UUID.randomUUID().toString()).then().statusCode(404);
    }
}
