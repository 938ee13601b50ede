package id.lindung.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import id.lindung.contracts.security.Roles;
import id.lindung.devstack.DevstackResource;

@QuarkusTest
@WithTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = "service", value = "budget"))
class BudgetLineValidationTest {

    private static ValidatableResponse post(Map<String, Object> line) {
        return Lines.post(Tokens.bearer(Roles.ADMIN, null), line, UUID.randomUUID().toString()).then();
    }

    private static ValidatableResponse rejected(Map<String, Object> line, String field, String message) {
        return post(line).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains(field))
                .body("errors[0].message", containsString(message));
    }

    @Test
    void anAccountOutsideBelanjaIsRejected() {
        TestRegions.Regency regency = TestRegions.regency();
        rejected(Lines.with(Lines.apbd(regency.code(), 1_000), "accountCode", "4.1.01.06.01.0001"), "accountCode",
                "belanja");
    }

    @Test
    void anAccountInNoKnownLayoutIsRejected() {
        TestRegions.Regency regency = TestRegions.regency();
        rejected(Lines.with(Lines.apbd(regency.code(), 1_000), "accountCode", "5.1.02.02.02.0006.7"),
                "accountCode", "APBD account");
        rejected(Lines.with(Lines.apbd(regency.code(), 1_000), "accountCode", "5-1-02-02"), "accountCode",
                "digits");
    }

    @Test
    void aSipdStyleAccountIsAcceptedAndNormalised() {
        TestRegions.Regency regency = TestRegions.regency();
        post(Lines.with(Lines.apbd(regency.code(), 1_000), "accountCode", "5.1.02.02.001.00067"))
                .statusCode(201)
                .body("accountCode", equalTo("5.1.02.02.01.0067"))
                .body("accountCodeOriginal", equalTo("5.1.02.02.001.00067"));
    }

    @Test
    void anApbdesLineMustBelongToADesaAndUseAnApbdesAccount() {
        TestRegions.Regency regency = TestRegions.regency();
        String desa = regency.desa().get(0);
        rejected(Lines.apbdes(regency.code(), 1_000), "region", "village");
        rejected(Lines.apbdes(regency.kelurahan().get(0), 1_000), "region", "kelurahan");
        rejected(Lines.with(Lines.apbdes(desa, 1_000), "accountCode", "5.1.02.02.02.0006"), "accountCode",
                "APBDes");
        post(Lines.with(Lines.apbdes(desa, 1_000), "accountCode", "5.1.3.4"))
                .statusCode(201)
                .body("accountCode", equalTo("5.1.3.04"))
                .body("payerType", equalTo("APBDES"))
                .body("fundingSource", equalTo("ADD"));
    }

    @Test
    void aVillagePaysPekerjaRentanFromDanaDesaUnderAnyBelanjaAccount() {
        String desa = TestRegions.regency().desa().get(0);
        Map<String, Object> rentan = Lines.with(Lines.with(Lines.with(Lines.apbdes(desa, 2_000), "accountCode",
                "5.2.3.03"), "targetCategory", "PEKERJA_RENTAN"), "fundingSource", "DANA_DESA");

        post(rentan).statusCode(201)
                .body("accountCode", equalTo("5.2.3.03"))
                .body("targetCategory", equalTo("PEKERJA_RENTAN"))
                .body("fundingSource", equalTo("DANA_DESA"));
    }

    @Test
    void anApbdesLineNamesItsSourceOfFundsAndAnApbdLineNone() {
        TestRegions.Regency regency = TestRegions.regency();
        rejected(Lines.with(Lines.apbdes(regency.desa().get(0), 1_000), "fundingSource", null), "fundingSource",
                "is required for an APBDES line");
        rejected(Lines.with(Lines.apbdes(regency.desa().get(0), 1_000), "fundingSource", "ZAKAT"), "fundingSource",
                "");
        rejected(Lines.with(Lines.apbd(regency.code(), 1_000), "fundingSource", "ADD"), "fundingSource",
                "APBDES lines only");
    }

    @Test
    void anApbdLineBelongsToAProvinceOrARegency() {
        TestRegions.Regency regency = TestRegions.regency();
        rejected(Lines.apbd(regency.desa().get(0), 1_000), "region", "province or a regency");
        rejected(Lines.apbd(regency.desa().get(0).substring(0, 8), 1_000), "region", "province or a regency");
    }

    @Test
    void aRegionMustBeAKnownKemendagriCode() {
        rejected(Lines.apbd("3603", 1_000), "region", "Kemendagri");
        rejected(Lines.apbd("36.98", 1_000), "region", "region list");
        rejected(Lines.apbd("ID", 1_000), "region", "nation");
    }

    @Test
    void jpIsNotAllowedForPekerjaRentanNorJkpForAnyone() {
        TestRegions.Regency regency = TestRegions.regency();
        rejected(Lines.with(Lines.with(Lines.apbd(regency.code(), 1_000), "programme", "JP"), "targetCategory",
                "PEKERJA_RENTAN"), "programme", "pekerja rentan");
        rejected(Lines.with(Lines.apbd(regency.code(), 1_000), "programme", "JKP"), "programme", "central");
        post(Lines.with(Lines.apbd(regency.code(), 1_000), "programme", "JP")).statusCode(201);
    }

    @Test
    void theFiscalYearMustBeFrom2021ToNextYear() {
        TestRegions.Regency regency = TestRegions.regency();
        rejected(Lines.with(Lines.apbd(regency.code(), 1_000), "fiscalYear", 2020), "fiscalYear", "2021");
        rejected(Lines.with(Lines.apbd(regency.code(), 1_000), "fiscalYear", Lines.thisYear() + 2), "fiscalYear",
                "to " + (Lines.thisYear() + 1));
        post(Lines.with(Lines.apbd(regency.code(), 1_000), "fiscalYear", 2021)).statusCode(201);
        post(Lines.with(Lines.apbd(regency.code(), 1_000), "fiscalYear", Lines.thisYear() + 1)).statusCode(201);
    }

    @Test
    void theAmountMustBePositiveAndBelowTenToTheFifteenth() {
        TestRegions.Regency regency = TestRegions.regency();
        rejected(Lines.apbd(regency.code(), 0), "amount", "positive");
        rejected(Lines.apbd(regency.code(), -5), "amount", "positive");
        rejected(Lines.apbd(regency.code(), 1_000_000_000_000_000L), "amount", "10^15");
        post(Lines.apbd(regency.code(), 999_999_999_999_999L)).statusCode(201);
    }

    @Test
    void everyBadFieldIsNamedInOneProblem() {
        Map<String, Object> line = Map.of("fiscalYear", 1999, "region", "36.03", "budgetKind", "APBD",
                "accountCode", "6.1", "targetParticipants", -1, "amount", 0);

        post(line).statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString("fields are invalid"))
                .body("errors.field", contains("accountCode", "amount", "externalRef", "fiscalYear", "programme",
                        "targetCategory", "targetParticipants"));
    }

    @Test
    void anUnknownEnumValueOrMalformedJsonIsABadRequestNotAServerError() {
        TestRegions.Regency regency = TestRegions.regency();
        post(Lines.with(Lines.apbd(regency.code(), 1_000), "programme", "JKX"))
                .statusCode(400).body("errors.field", hasItems("programme"));
        given().header("Authorization", Tokens.bearer(Roles.ADMIN, null)).header("Idempotency-Key", "k-1")
                .contentType(ContentType.JSON).body("{\"fiscalYear\": ")
                .when().post("/api/v1/budget-lines").then()
                .statusCode(400).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer(Roles.ADMIN, null)).header("Idempotency-Key", "k-2")
                .contentType(ContentType.JSON)
                .when().post("/api/v1/budget-lines").then()
                .statusCode(400).body("errors.field", contains("body"));
    }

    @Test
    void aBadSubActivityOrAgencyIsNamed() {
        TestRegions.Regency regency = TestRegions.regency();
        post(Lines.with(Lines.with(Lines.apbd(regency.code(), 1_000), "subActivityCode", "not a code!"), "agency",
                Map.of("name", "BPKAD")))
                .statusCode(400)
                .body("errors.field", contains("agency.code", "subActivityCode"));
    }
}
