package id.lindung.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import id.lindung.contracts.security.Roles;
import id.lindung.devstack.DevstackResource;

/**
 * Region scope for each role. Decision: a finance token writes its own government's budget; a regency/city finance
 * token may also write the APBDes lines of the villages in its area; a province never writes for its regencies or
 * villages. Every role reads within its scope; a line outside it answers 404 like one that does not exist.
 */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = "service", value = "budget"))
class RegionScopeTest {

    private static final Map<String, Object> SP2D = Map.of("sp2dNumber", "1/SP2D", "sp2dDate",
            LocalDate.now(Lines.ZONE).toString(), "amount", 1, "monthsCovered",
            List.of(LocalDate.now(Lines.ZONE).toString().substring(0, 7)), "participants", 1);

    private static int post(String role, String claim, Map<String, Object> line) {
        return Lines.post(Tokens.bearer(role, claim), line, UUID.randomUUID().toString()).statusCode();
    }

    @Test
    void aRegencyFinanceTokenWritesItsOwnApbdAndItsVillagesApbdesButNoOtherBudget() {
        TestRegions.Regency regency = TestRegions.regency();
        TestRegions.Regency other = TestRegions.regency();

        org.assertj.core.api.Assertions.assertThat(new int[]{
                post(Roles.FINANCE, regency.code(), Lines.apbd(regency.code(), 1_000)),
                post(Roles.FINANCE, regency.code(), Lines.apbdes(regency.desa().get(0), 1_000)),
                post(Roles.FINANCE, regency.code(), Lines.apbd(other.code(), 1_000)),
                post(Roles.FINANCE, regency.code(), Lines.apbdes(other.desa().get(0), 1_000)),
                post(Roles.FINANCE, regency.code(), Lines.apbd(regency.province(), 1_000))})
                .containsExactly(201, 201, 403, 403, 403);
    }

    @Test
    void aProvinceFinanceTokenWritesOnlyTheProvincialBudget() {
        TestRegions.Regency regency = TestRegions.regency();

        org.assertj.core.api.Assertions.assertThat(new int[]{
                post(Roles.FINANCE, regency.province(), Lines.apbd(regency.province(), 1_000)),
                post(Roles.FINANCE, regency.province(), Lines.apbd(regency.code(), 1_000)),
                post(Roles.FINANCE, regency.province(), Lines.apbdes(regency.desa().get(0), 1_000))})
                .containsExactly(201, 403, 403);
    }

    @Test
    void aVillageFinanceTokenWritesOnlyItsOwnApbdes() {
        TestRegions.Regency regency = TestRegions.regency();
        String village = regency.desa().get(0);

        org.assertj.core.api.Assertions.assertThat(new int[]{
                post(Roles.FINANCE, village, Lines.apbdes(village, 1_000)),
                post(Roles.FINANCE, village, Lines.apbdes(regency.desa().get(1), 1_000)),
                post(Roles.FINANCE, village, Lines.apbd(regency.code(), 1_000))})
                .containsExactly(201, 403, 403);
    }

    @Test
    void aFinanceTokenWithoutARegionAndTheReadOnlyRolesCannotWrite() {
        TestRegions.Regency regency = TestRegions.regency();

        org.assertj.core.api.Assertions.assertThat(new int[]{
                post(Roles.FINANCE, null, Lines.apbd(regency.code(), 1_000)),
                post(Roles.VIEWER, regency.code(), Lines.apbd(regency.code(), 1_000)),
                post(Roles.PLANNER, regency.code(), Lines.apbd(regency.code(), 1_000)),
                post(Roles.BPJS, null, Lines.apbd(regency.code(), 1_000)),
                post(Roles.ADMIN, null, Lines.apbd(regency.code(), 1_000))})
                .containsExactly(403, 403, 403, 403, 201);
    }

    @Test
    void revisionsAndDisbursementsFollowTheSameWriteRule() {
        TestRegions.Regency regency = TestRegions.regency();
        TestRegions.Regency other = TestRegions.regency();
        Map<String, Object> line = Lines.apbd(regency.code(), 1_000_000);
        String id = Lines.create(Tokens.bearer(Roles.FINANCE, regency.code()), line);

        // another region's line is not there for the token: 404, as for an id that does not exist
        given().header("Authorization", Tokens.bearer(Roles.FINANCE, other.code())).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(Lines.with(line, "amount", 2_000_000))
                .when().put("/api/v1/budget-lines/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer(Roles.FINANCE, other.code()))
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(SP2D)
                .when().post("/api/v1/budget-lines/" + id + "/disbursements").then().statusCode(404);
        // the province sees the regency's line but may not pay from it
        given().header("Authorization", Tokens.bearer(Roles.FINANCE, regency.province()))
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(SP2D)
                .when().post("/api/v1/budget-lines/" + id + "/disbursements").then().statusCode(403);
        given().header("Authorization", Tokens.bearer(Roles.VIEWER, regency.code())).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(Lines.with(line, "amount", 2_000_000))
                .when().put("/api/v1/budget-lines/" + id).then().statusCode(403);
    }

    @Test
    void everyReadingRoleSeesItsRegionAndBelowAndNothingElse() {
        TestRegions.Regency regency = TestRegions.regency();
        TestRegions.Regency other = TestRegions.regency();
        String id = Lines.create(Tokens.bearer(Roles.FINANCE, regency.code()), Lines.apbd(regency.code(), 1_000));
        Lines.create(Tokens.bearer(Roles.FINANCE, regency.code()), Lines.apbdes(regency.desa().get(0), 1_000));
        String pool = regency.code() + ":" + Lines.thisYear() + ":JKK:NON_ASN";

        for (String role : new String[]{Roles.VIEWER, Roles.PLANNER, Roles.FINANCE}) {
            given().header("Authorization", Tokens.bearer(role, regency.province()))
                    .when().get("/api/v1/budget-lines/" + id).then().statusCode(200);
            given().header("Authorization", Tokens.bearer(role, regency.code()))
                    .when().get("/api/v1/funding-pools/" + pool).then().statusCode(200);
            for (String path : new String[]{"", "/position", "/revisions", "/disbursements"}) {
                given().header("Authorization", Tokens.bearer(role, other.code()))
                        .when().get("/api/v1/budget-lines/" + id + path).then().statusCode(404)
                        .body("detail", equalTo("budget line " + id + " does not exist"));
            }
            given().header("Authorization", Tokens.bearer(role, other.code()))
                    .when().get("/api/v1/funding-pools/" + pool).then().statusCode(403);
            given().header("Authorization", Tokens.bearer(role, other.code())).queryParam("region", regency.code())
                    .when().get("/api/v1/budget-lines").then().statusCode(403);
            given().header("Authorization", Tokens.bearer(role, regency.desa().get(0)))
                    .when().get("/api/v1/budget-lines").then().statusCode(200)
                    .body("totalItems", equalTo(1))
                    .body("items.region", everyItem(startsWith(regency.desa().get(0))));
        }
        given().header("Authorization", Tokens.bearer(Roles.VIEWER, null))
                .when().get("/api/v1/budget-lines/" + id).then().statusCode(200);
        given().header("Authorization", Tokens.bearer(Roles.BPJS, null))
                .when().get("/api/v1/budget-lines/" + id).then().statusCode(403);
        given().header("Authorization", Tokens.bearer(Roles.FINANCE, null))
                .when().get("/api/v1/budget-lines").then().statusCode(403);
        given().header("Authorization", Tokens.bearer(Roles.FINANCE, "ID"))
                .when().get("/api/v1/budget-lines").then().statusCode(403);
        given().when().get("/api/v1/funding-pools").then().statusCode(401);
    }

    @Test
    void aRegionClaimThatIsNotExactlyOneExistingCodeIsRefusedEvenWhereTheScopeIsNotConsulted() {
        TestRegions.Regency regency = TestRegions.regency();
        List<Object> odd = List.of(List.of(regency.code(), regency.province()), 3603, "36.3", "id", "", "99",
                Map.of("code", regency.code()), regency.code() + ".99.9999");
        for (Object claim : odd) {
            for (Set<String> roles : List.of(Set.of(Roles.VIEWER), Set.of(Roles.FINANCE), Set.of(Roles.BPJS))) {
                given().header("Authorization", Tokens.bearerWithClaim(roles, claim)).contentType(ContentType.JSON)
                        .body("{}").when().post("/api/v1/contributions/quote").then().statusCode(403)
                        .contentType("application/problem+json");
            }
            given().header("Authorization", Tokens.bearerWithClaim(Set.of(Roles.VIEWER), claim))
                    .when().get("/api/v1/budget-lines").then().statusCode(403);
        }
        // a regional role needs its region whatever else the token holds
        given().header("Authorization", Tokens.bearerWithClaim(Set.of(Roles.FINANCE, Roles.VIEWER), null))
                .when().get("/api/v1/budget-lines").then().statusCode(403);
        // the one-element array of a multivalued claim mapper is its one code
        Lines.create(Tokens.bearer(Roles.FINANCE, regency.code()), Lines.apbd(regency.code(), 1_000));
        given().header("Authorization", Tokens.bearerWithClaim(Set.of(Roles.FINANCE), List.of(regency.code())))
                .queryParam("region", regency.code()).when().get("/api/v1/budget-lines").then().statusCode(200)
                .body("items.region", everyItem(startsWith(regency.code())));
        given().header("Authorization", Tokens.bearerWithClaim(Set.of(Roles.FINANCE), List.of(regency.code())))
                .queryParam("region", regency.province()).when().get("/api/v1/budget-lines").then().statusCode(403);
        given().header("Authorization", Tokens.bearerWithClaim(Set.of(Roles.VIEWER), List.of(regency.code())))
                .contentType(ContentType.JSON).body("{}").when().post("/api/v1/contributions/quote").then()
                .statusCode(org.hamcrest.Matchers.not(403));
    }
}
