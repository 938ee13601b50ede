package id.lindung.budget;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
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
class BudgetLineApiTest {

    @Test
    void postingALineAnswers201WithLocationETagAndTheNormalisedAccountCode() {
        TestRegions.Regency regency = TestRegions.regency();
        String finance = Tokens.bearer(Roles.FINANCE, regency.code());
        Map<String, Object> line = Lines.with(Lines.apbd(regency.code(), 12_000_000), "accountCode",
                "5.1.2.02.02.0006");

        Response created = Lines.post(finance, line, UUID.randomUUID().toString());

        created.then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", endsWith("/api/v1/budget-lines/" + created.path("id")))
                .body("accountCode", equalTo("5.1.02.02.02.0006"))
                .body("accountCodeOriginal", equalTo("5.1.2.02.02.0006"))
                .body("payerType", equalTo("APBD_KABKOTA"))
                .body("stage", equalTo("MURNI"))
                .body("revision", equalTo(1))
                .body("disbursed", equalTo(0))
                .body("remaining", equalTo(12_000_000))
                .body("poolId", equalTo(regency.code() + ":" + Lines.thisYear() + ":JKK:NON_ASN"))
                .body("createdBy", equalTo("test-finance-" + regency.code()));
        given().header("Authorization", finance).when().get(created.header("Location")).then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("externalRef", equalTo(line.get("externalRef")));
    }

    @Test
    void aProvinceLineIsPaidByTheProvincialBudget() {
        TestRegions.Regency regency = TestRegions.regency();
        Lines.post(Tokens.bearer(Roles.FINANCE, regency.province()), Lines.apbd(regency.province(), 5_000_000),
                UUID.randomUUID().toString())
                .then().statusCode(201).body("payerType", equalTo("APBD_PROVINSI"));
    }

    @Test
    void aReplayWithTheSameKeyAndBodyReturnsTheFirstResponseAndCreatesNothingMore() {
        TestRegions.Regency regency = TestRegions.regency();
        String finance = Tokens.bearer(Roles.FINANCE, regency.code());
        Map<String, Object> line = Lines.apbd(regency.code(), 7_000_000);
        String key = UUID.randomUUID().toString();

        Response first = Lines.post(finance, line, key);
        Response replay = Lines.post(finance, line, key);

        first.then().statusCode(201);
        replay.then().statusCode(201)
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo(first.header("ETag")))
                .header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(first.path("id")))
                .body("createdAt", equalTo(first.path("createdAt")));
        given().header("Authorization", finance).queryParam("region", regency.code())
                .when().get("/api/v1/budget-lines").then()
                .statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOneLine() throws Exception {
        TestRegions.Regency regency = TestRegions.regency();
        String finance = Tokens.bearer(Roles.FINANCE, regency.code());
        Map<String, Object> line = Lines.apbd(regency.code(), 7_000_000);
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Response>> posts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                posts.add(() -> Lines.post(finance, line, key));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Response> response : pool.invokeAll(posts)) {
                assertThat(response.get().statusCode()).isEqualTo(201);
                ids.add(response.get().path("id"));
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        given().header("Authorization", finance).queryParam("region", regency.code())
                .when().get("/api/v1/budget-lines").then().body("totalItems", equalTo(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIsUnprocessable() {
        TestRegions.Regency regency = TestRegions.regency();
        String finance = Tokens.bearer(Roles.FINANCE, regency.code());
        Map<String, Object> line = Lines.apbd(regency.code(), 7_000_000);
        String key = UUID.randomUUID().toString();

        Lines.post(finance, line, key).then().statusCode(201);
        Lines.post(finance, Lines.with(line, "amount", 8_000_000), key).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("Idempotency-Key"));
    }

    @Test
    void aPostWithoutAnIdempotencyKeyIsABadRequest() {
        TestRegions.Regency regency = TestRegions.regency();
        Lines.post(Tokens.bearer(Roles.FINANCE, regency.code()), Lines.apbd(regency.code(), 7_000_000), null)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("Idempotency-Key"));
    }

    @Test
    void anExternalRefIsUniquePerRegionAndYear() {
        TestRegions.Regency regency = TestRegions.regency();
        String finance = Tokens.bearer(Roles.FINANCE, regency.code());
        Map<String, Object> line = Lines.apbd(regency.code(), 7_000_000);
        Lines.create(finance, line);

        Lines.post(finance, Lines.with(line, "programme", "JKM"), UUID.randomUUID().toString()).then()
                .statusCode(409)
                .body("errors.field", contains("externalRef"));
    }

    @Test
    void aRevisionNeedsTheCurrentETagAndIsRecordedWithWhoAndWhen() {
        TestRegions.Regency regency = TestRegions.regency();
        String finance = Tokens.bearer(Roles.FINANCE, regency.code());
        Map<String, Object> line = Lines.apbd(regency.code(), 10_000_000);
        String id = Lines.create(finance, line);
        Map<String, Object> perubahan = Lines.with(Lines.with(Lines.with(line, "amount", 12_500_000), "stage",
                "PERUBAHAN"), "note", "Perda APBD-P");

        given().header("Authorization", finance).contentType(ContentType.JSON).body(perubahan)
                .when().put("/api/v1/budget-lines/" + id).then()
                .statusCode(428).contentType("application/problem+json");
        given().header("Authorization", finance).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(perubahan).when().put("/api/v1/budget-lines/" + id).then()
                .statusCode(412).contentType("application/problem+json");
        given().header("Authorization", finance).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(perubahan).when().put("/api/v1/budget-lines/" + id).then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("amount", equalTo(12_500_000))
                .body("stage", equalTo("PERUBAHAN"))
                .body("revision", equalTo(2));
        given().header("Authorization", finance).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Lines.with(perubahan, "amount", 13_000_000)).when().put("/api/v1/budget-lines/" + id).then()
                .statusCode(412);

        given().header("Authorization", Tokens.bearer(Roles.VIEWER, regency.province()))
                .when().get("/api/v1/budget-lines/" + id + "/revisions").then()
                .statusCode(200)
                .body("revision", contains(1, 2))
                .body("amount", contains(10_000_000, 12_500_000))
                .body("previousAmount", contains(nullValue(), equalTo(10_000_000)))
                .body("stage", contains("MURNI", "PERUBAHAN"))
                .body("changedBy", contains("test-finance-" + regency.code(), "test-finance-" + regency.code()))
                .body("changedAt", contains(notNullValue(), notNullValue()))
                .body("note", contains(nullValue(), equalTo("Perda APBD-P")));
    }

    @Test
    void aRevisionThatChangesNothingRecordsNothing() {
        TestRegions.Regency regency = TestRegions.regency();
        String finance = Tokens.bearer(Roles.FINANCE, regency.code());
        Map<String, Object> line = Lines.apbd(regency.code(), 10_000_000);
        String id = Lines.create(finance, line);

        given().header("Authorization", finance).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(line).when().put("/api/v1/budget-lines/" + id).then()
                .statusCode(200).header("ETag", equalTo("\"0\"")).body("revision", equalTo(1));
        given().header("Authorization", finance).when().get("/api/v1/budget-lines/" + id + "/revisions").then()
                .body("revision", contains(1));
    }

    @Test
    void aRevisionCannotMoveTheLineToAnotherPoolNorGoBackToMurni() {
        TestRegions.Regency regency = TestRegions.regency();
        String finance = Tokens.bearer(Roles.FINANCE, regency.code());
        Map<String, Object> line = Lines.with(Lines.apbd(regency.code(), 10_000_000), "stage", "PERUBAHAN");
        String id = Lines.create(finance, line);
        Map<String, Object> moved = Lines.with(Lines.with(Lines.with(line, "programme", "JKM"), "targetCategory",
                "GURU_HONORER"), "stage", "MURNI");

        given().header("Authorization", finance).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(moved).when().put("/api/v1/budget-lines/" + id).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("programme", "targetCategory", "stage"));
    }

    @Test
    void aGetWithTheCurrentETagInIfNoneMatchIsNotModified() {
        TestRegions.Regency regency = TestRegions.regency();
        String finance = Tokens.bearer(Roles.FINANCE, regency.code());
        String id = Lines.create(finance, Lines.apbd(regency.code(), 1_000_000));

        given().header("Authorization", finance).header("If-None-Match", "\"0\"")
                .when().get("/api/v1/budget-lines/" + id).then().statusCode(304);
    }

    @Test
    void aMalformedLineIdOrPageIsABadRequestNamingIt() {
        String viewer = Tokens.bearer(Roles.VIEWER, null);
        given().header("Authorization", viewer).when().get("/api/v1/budget-lines/not-a-uuid/position").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("id"));
        given().header("Authorization", viewer).when().get("/api/v1/budget-lines?page=2147483647").then()
                .statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void anUnknownLineIsNotFound() {
        given().header("Authorization", Tokens.bearer(Roles.VIEWER, null))
                .when().get("/api/v1/budget-lines/" + UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theListFiltersByYearRegionProgrammeAndCategory() {
        TestRegions.Regency regency = TestRegions.regency();
        String finance = Tokens.bearer(Roles.FINANCE, regency.code());
        Map<String, Object> jkk = Lines.apbd(regency.code(), 1_000_000);
        Lines.create(finance, jkk);
        Lines.create(finance, Lines.with(Lines.with(Lines.apbd(regency.code(), 2_000_000), "programme", "JKM"),
                "fiscalYear", Lines.thisYear() + 1));
        Lines.create(Tokens.bearer(Roles.FINANCE, regency.desa().get(0)), Lines.apbdes(regency.desa().get(0),
                300_000));
        String viewer = Tokens.bearer(Roles.VIEWER, null);

        given().header("Authorization", viewer).queryParam("region", regency.code())
                .when().get("/api/v1/budget-lines").then().body("totalItems", equalTo(3));
        given().header("Authorization", viewer).queryParam("region", regency.code())
                .queryParam("year", Lines.thisYear()).queryParam("program", "JKK")
                .when().get("/api/v1/budget-lines").then()
                .body("totalItems", equalTo(2))
                .body("items.targetCategory", hasItem("PERANGKAT_DESA"));
        given().header("Authorization", viewer).queryParam("region", regency.code())
                .queryParam("category", "NON_ASN").queryParam("program", "JKK")
                .when().get("/api/v1/budget-lines").then()
                .body("totalItems", equalTo(1))
                .body("items[0].externalRef", equalTo(jkk.get("externalRef")));
        given().header("Authorization", viewer).queryParam("region", regency.code()).queryParam("size", 1)
                .when().get("/api/v1/budget-lines").then()
                .body("items.size()", equalTo(1)).body("totalPages", equalTo(3));
        given().header("Authorization", viewer).queryParam("program", "JKP2")
                .when().get("/api/v1/budget-lines").then()
                .statusCode(400).body("errors.field", contains("program"));
    }
}
