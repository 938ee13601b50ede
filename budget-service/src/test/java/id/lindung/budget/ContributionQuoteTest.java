package id.lindung.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

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
class ContributionQuoteTest {

    private static ValidatableResponse quote(String body) {
        return given().header("Authorization", Tokens.bearer(Roles.FINANCE, "36.03"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/contributions/quote").then();
    }

    @Test
    void aNonAsnOnRp1000000AtRiskClassOneCostsRp5400ForJkkAndJkm() {
        quote("""
                {"segment": "PU", "programmes": ["JKK", "JKM"], "wage": 1000000, "riskClass": 1,
                 "payer": "APBD_KABKOTA", "date": "2026-02-01"}""")
                .statusCode(200)
                .body("monthlyTotal", equalTo(5400))
                .body("employerTotal", equalTo(5400))
                .body("workerTotal", equalTo(0))
                .body("programmes.programme", contains("JKK", "JKM"))
                .body("programmes.amount", contains(2400, 3000))
                .body("programmes[0].rules.id", contains("PU-JKK-I"))
                .body("programmes[0].rules[0].regulation", startsWith("PP 44/2015"));
    }

    @Test
    void duringThePp49ReliefOfAugust2020ToJanuary2021JkkAndJkmCostOnePercent() {
        quote("""
                {"segment": "PU", "programmes": ["JKK", "JKM"], "wage": 1000000, "riskClass": 1,
                 "payer": "APBD_KABKOTA", "date": "2020-10-01"}""")
                .statusCode(200)
                .body("monthlyTotal", equalTo(54))
                .body("programmes.amount", contains(24, 30))
                .body("programmes.amountBeforeDiscount", contains(2400, 3000))
                .body("programmes[0].rules.id", hasItem("PP49-2020-PU-JKK"))
                .body("programmes[1].rules.regulation", hasItem(startsWith("PP 49/2020 art. 9")));
        quote("""
                {"segment": "PU", "programmes": ["JKK", "JKM"], "wage": 1000000, "riskClass": 1,
                 "payer": "APBD_KABKOTA", "date": "2021-02-01"}""")
                .statusCode(200)
                .body("monthlyTotal", equalTo(5400));
    }

    @Test
    void jpIsRefusedFromThePensionAgeOfTheQuoteDate() {
        quote("""
                {"segment": "PU", "programmes": ["JKK", "JP"], "wage": 1000000, "riskClass": 1,
                 "payer": "APBD_KABKOTA", "date": "2025-03-15", "birthDate": "1966-03-15"}""")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("programmes"))
                .body("detail", equalTo("JP is closed at age 59 on 2025-03-15: the pension age in 2025 is 59"
                        + " (PP 45/2015 art. 15)"));
        quote("""
                {"segment": "PU", "programmes": ["JKK", "JP"], "wage": 1000000, "riskClass": 1,
                 "payer": "APBD_KABKOTA", "date": "2025-03-14", "birthDate": "1966-03-15"}""")
                .statusCode(200)
                .body("programmes.programme", contains("JKK", "JP"));
    }

    @Test
    void theSameWithJhtCostsRp62400SplitBetweenEmployerAndWorker() {
        quote("""
                {"segment": "PU", "programmes": ["JKK", "JKM", "JHT"], "wage": 1000000, "riskClass": 1,
                 "payer": "APBD_PROVINSI", "date": "2026-02-01"}""")
                .statusCode(200)
                .body("monthlyTotal", equalTo(62400))
                .body("programmes[2].amount", equalTo(57000))
                .body("programmes[2].employer", equalTo(37000))
                .body("programmes[2].worker", equalTo(20000))
                .body("employerTotal", equalTo(42400))
                .body("workerTotal", equalTo(20000));
    }

    @Test
    void aPekerjaRentanPaidByApbdIn2026CostsRp16800WithoutThePp50Discount() {
        quote("""
                {"segment": "BPU", "programmes": ["JKK", "JKM"], "declaredIncome": 1000000,
                 "payer": "APBD_KABKOTA", "sector": "TRANSPORT", "date": "2026-05-01"}""")
                .statusCode(200)
                .body("monthlyTotal", equalTo(16800))
                .body("programmes.amount", contains(10000, 6800))
                .body("programmes.discount", contains(nullValue(), nullValue()))
                .body("programmes[0].rules.id", hasItems("BPU-JKK", "BPU_INCOME@1000000"));
    }

    @Test
    void aSelfPaidTransportWorkerInFebruary2026PaysRp8400UnderPp50() {
        quote("""
                {"segment": "BPU", "programmes": ["JKK", "JKM"], "declaredIncome": 1000000,
                 "payer": "SELF", "sector": "TRANSPORT", "date": "2026-02-01"}""")
                .statusCode(200)
                .body("monthlyTotal", equalTo(8400))
                .body("programmes.amount", contains(5000, 3400))
                .body("programmes.amountBeforeDiscount", contains(10000, 6800))
                .body("programmes[0].rules.id", hasItem("PP50-2025-JKK-TRANSPORT"))
                .body("programmes[1].rules.id", hasItem("PP50-2025-JKM-TRANSPORT"));
    }

    @Test
    void aSelfPaidWorkerOutsideTransportGetsTheDiscountOnlyFromApril2026() {
        String february = """
                {"segment": "BPU", "programmes": ["JKK", "JKM"], "declaredIncome": 1000000,
                 "payer": "SELF", "date": "2026-02-01"}""";
        quote(february).statusCode(200).body("monthlyTotal", equalTo(16800));
        quote(february.replace("2026-02-01", "2026-04-01")).statusCode(200).body("monthlyTotal", equalTo(8400));
        quote(february.replace("2026-02-01", "2027-01-01")).statusCode(200).body("monthlyTotal", equalTo(16800));
    }

    @Test
    void jpIsCappedAtTheCapInForceOnTheDate() {
        String body = """
                {"segment": "PU", "programmes": ["JP"], "wage": 20000000, "payer": "EMPLOYER", "date": "%s"}""";
        quote(body.formatted("2024-02-01")).statusCode(200)
                .body("programmes[0].base", equalTo(9559600))
                .body("programmes[0].amount", equalTo(286788))
                .body("programmes[0].rules.id", hasItem("JP_WAGE_CAP@2023-03-01"));
        quote(body.formatted("2024-03-01")).statusCode(200)
                .body("programmes[0].base", equalTo(10042300))
                .body("programmes[0].amount", equalTo(301269))
                .body("programmes[0].employer", equalTo(200846))
                .body("programmes[0].worker", equalTo(100423));
    }

    @Test
    void jakonWithoutWagesIsChargedOnTheContractValueOncePerProject() {
        quote("""
                {"segment": "JAKON", "programmes": ["JKK", "JKM"], "contractValue": 750000000,
                 "payer": "EMPLOYER", "date": "2026-02-01"}""")
                .statusCode(200)
                .body("programmes.period", contains("PROJECT", "PROJECT"))
                // JKK: 100m x 0.21% + 400m x 0.17% + 250m x 0.13%; JKM: 100m x 0.03% + 650m x 0.02%
                .body("programmes.amount", contains(1_215_000, 160_000))
                .body("projectTotal", equalTo(1_375_000))
                .body("monthlyTotal", equalTo(0));
    }

    @Test
    void aBaseTheRulesNeedIsABadRequestNamingIt() {
        quote("""
                {"segment": "BPU", "programmes": ["JKK"], "wage": 1000000, "payer": "SELF"}""")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("declaredIncome"));
        quote("""
                {"segment": "PU", "programmes": ["JKK"], "wage": 1000000, "payer": "SELF"}""")
                .statusCode(400)
                .body("errors.field", contains("riskClass"));
    }

    @Test
    void missingFieldsAreEachNamed() {
        quote("""
                {"programmes": [], "wage": -5}""")
                .statusCode(400)
                .body("errors.field", hasItems("segment", "programmes", "payer", "wage"));
    }

    @Test
    void jpForAnInformalWorkerHasNoRate() {
        quote("""
                {"segment": "BPU", "programmes": ["JP"], "declaredIncome": 1000000, "payer": "SELF"}""")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://lindung.id/problems/no-rate"));
    }

    @Test
    void aQuoteNeedsAToken() {
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/contributions/quote").then()
                .statusCode(401);
    }
}
