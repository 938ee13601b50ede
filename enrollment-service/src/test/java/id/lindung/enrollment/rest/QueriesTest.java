package id.lindung.enrollment.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import id.lindung.contracts.person.Nik;
import id.lindung.contracts.security.Roles;
import id.lindung.devstack.DevstackResource;
import id.lindung.enrollment.support.EnrollmentTestBase;
import id.lindung.enrollment.support.Records;
import id.lindung.enrollment.support.Tokens;

@QuarkusTest
@QuarkusTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = DevstackResource.SERVICE, value = "enrollment"))
class QueriesTest extends EnrollmentTestBase {

    private record Enrolled(ObjectNode record, String participantId, String enrollmentId) {
    }

    private static Enrolled enrol(ObjectNode record) {
        ValidatableResponse response = post(Records.array(record)).statusCode(200).body("accepted", equalTo(1));
        return new Enrolled(record, response.extract().path("results[0].participantId"),
                response.extract().path("results[0].enrollmentId"));
    }

    private static ValidatableResponse getAs(String role, String region, String path) {
        return given().header("Authorization", Tokens.bearer(role, region)).get(path).then();
    }

    @Test
    void bpjsFindsAParticipantByNikAndSeesTheFullRecord() {
        Enrolled enrolled = enrol(Records.enrolled());
        String nik = enrolled.record().get("nik").asText();

        searchByNik(nik)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(enrolled.participantId()))
                .body("items[0].nik", equalTo(nik))
                .body("items[0].kpj", equalTo(enrolled.record().get("kpj").asText()))
                .body("items[0].fullName", equalTo("Peserta Uji"))
                .body("items[0].birthDate", equalTo(enrolled.record().get("birthDate").asText()))
                .body("items[0].enrollments[0].id", equalTo(enrolled.enrollmentId()))
                .body("items[0].enrollments[0].history.eventId",
                        contains(enrolled.record().get("eventId").asText()));
    }

    @Test
    void anAdminFindsAParticipantByKpj() {
        Enrolled enrolled = enrol(Records.enrolled().put("kpj", "9" + System.nanoTime() % 10_000_000_000L));

        given().header("Authorization", Tokens.bearer(Roles.ADMIN)).contentType(ContentType.JSON)
                .body("{\"kpj\":\"" + enrolled.record().get("kpj").asText() + "\"}")
                .post("/api/v1/participants/search")
                .then().statusCode(200)
                .body("items.id", contains(enrolled.participantId()));
    }

    @Test
    void searchingNeedsExactlyOneWellFormedIdentifierAndTheBpjsOrAdminRole() {
        given().header("Authorization", Tokens.bearer(Roles.BPJS)).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/participants/search")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("nik", "kpj"));
        given().header("Authorization", Tokens.bearer(Roles.BPJS)).contentType(ContentType.JSON)
                .body("{\"nik\":\"123\"}")
                .post("/api/v1/participants/search")
                .then().statusCode(400).body("errors.field", contains("nik"));
        for (String role : new String[]{Roles.FINANCE, Roles.VIEWER, Roles.PLANNER}) {
            given().header("Authorization", Tokens.bearer(role, "36")).contentType(ContentType.JSON)
                    .body("{\"nik\":\"3603014501900001\"}")
                    .post("/api/v1/participants/search")
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void financeInTheRegionSeesTheNameAndAMaskedNik() {
        Enrolled enrolled = enrol(Records.enrolled());
        String nik = enrolled.record().get("nik").asText();

        getAs(Roles.FINANCE, Records.REGENCY, "/api/v1/participants/" + enrolled.participantId())
                .statusCode(200)
                .body("nik", equalTo(Nik.mask(nik)))
                .body("nik", startsWith(nik.substring(0, 6)))
                .body("fullName", equalTo("Peserta Uji"))
                .body("kpj", nullValue())
                .body("birthDate", nullValue())
                .body("birthYear", equalTo(Integer.parseInt(enrolled.record().get("birthDate").asText().substring(0, 4))))
                .body("enrollments.id", contains(enrolled.enrollmentId()));
    }

    @Test
    void viewersAndPlannersSeeAMaskedNikAndNoName() {
        Enrolled enrolled = enrol(Records.enrolled());

        for (String region : new String[]{null, "36", Records.VILLAGE}) {
            getAs(Roles.VIEWER, region, "/api/v1/participants/" + enrolled.participantId())
                    .statusCode(200)
                    .body("nik", equalTo(Nik.mask(enrolled.record().get("nik").asText())))
                    .body("fullName", nullValue())
                    .body("kpj", nullValue());
        }
        for (String region : new String[]{"36", Records.REGENCY}) {
            getAs(Roles.PLANNER, region, "/api/v1/participants/" + enrolled.participantId())
                    .statusCode(200)
                    .body("nik", equalTo(Nik.mask(enrolled.record().get("nik").asText())))
                    .body("fullName", nullValue())
                    .body("kpj", nullValue());
        }
    }

    @Test
    void anAdminSeesTheFullNik() {
        Enrolled enrolled = enrol(Records.enrolled());
        getAs(Roles.ADMIN, null, "/api/v1/participants/" + enrolled.participantId())
                .statusCode(200)
                .body("nik", equalTo(enrolled.record().get("nik").asText()));
    }

    @Test
    void aParticipantOrEnrollmentOfAnotherRegionAnswers404ExactlyLikeAnIdThatDoesNotExist() {
        Enrolled enrolled = enrol(Records.enrolled());

        for (String role : new String[]{Roles.FINANCE, Roles.VIEWER}) {
            assertHiddenLikeUnknown(role, "/api/v1/participants/", enrolled.participantId());
            assertHiddenLikeUnknown(role, "/api/v1/enrollments/", enrolled.enrollmentId());
            getAs(role, Records.REGENCY, "/api/v1/enrollments/" + enrolled.enrollmentId()).statusCode(200);
        }
    }

    /** The answer for a record of another region, with its id blanked out, is the answer for a random id. */
    private static void assertHiddenLikeUnknown(String role, String collection, String id) {
        String unknown = UUID.randomUUID().toString();
        assertThat(blanked(getAs(role, Records.OTHER_REGENCY, collection + id), id))
                .isEqualTo(blanked(getAs(role, Records.OTHER_REGENCY, collection + unknown), unknown));
    }

    private static Map<String, Object> blanked(ValidatableResponse response, String id) {
        Map<String, Object> body = new TreeMap<>(response.statusCode(404).contentType("application/problem+json")
                .extract().jsonPath().getMap(""));
        body.remove("requestId");
        body.replaceAll((key, value) -> value instanceof String text ? text.replace(id, "{id}") : value);
        return body;
    }

    @Test
    void anEnrollmentIsReadWithItsHistory() {
        Enrolled enrolled = enrol(Records.enrolled());
        post(Records.array(Records.next(enrolled.record(), "CHANGED").put("wageBase", 1_500_000))).statusCode(200);

        getAs(Roles.BPJS, null, "/api/v1/enrollments/" + enrolled.enrollmentId())
                .statusCode(200)
                .body("participantId", equalTo(enrolled.participantId()))
                .body("status", equalTo("ACTIVE"))
                .body("wageBase", equalTo(1_500_000))
                .body("payer.type", equalTo("APBD_KABKOTA"))
                .body("programmes", contains("JKK", "JKM"))
                .body("history.type", contains("ENROLLED", "CHANGED"))
                .body("history.sequence", contains(1, 2))
                .body("history.source", contains("REST", "REST"));
    }

    @Test
    void enrollmentsAreFilteredByRegionSubtreeCategoryStatusAndPayer() {
        Enrolled here = enrol(Records.enrolled());
        Enrolled elsewhere = enrol(Records.enrolled().put("domicileRegion", Records.OTHER_VILLAGE)
                .set("payer", Records.JSON.createObjectNode().put("type", "APBD_KABKOTA").put("region", "36.04")));

        given().header("Authorization", Tokens.bearer(Roles.VIEWER))
                .queryParam("region", "36.03.01").queryParam("category", "NON_ASN").queryParam("status", "ACTIVE")
                .queryParam("payerType", "APBD_KABKOTA").queryParam("size", 500)
                .get("/api/v1/enrollments")
                .then().statusCode(200)
                .body("items.id", hasItem(here.enrollmentId()))
                .body("items.id", not(hasItem(elsewhere.enrollmentId())))
                .body("items.domicileRegion", everyItem(startsWith("36.03.01")))
                .body("totalItems", greaterThanOrEqualTo(1));
        given().header("Authorization", Tokens.bearer(Roles.VIEWER))
                .queryParam("region", "36.03").queryParam("status", "ENDED").queryParam("size", 500)
                .get("/api/v1/enrollments")
                .then().statusCode(200)
                .body("items.id", not(hasItem(here.enrollmentId())));
    }

    @Test
    void aScopedTokenListsOnlyItsRegionAndIsRefusedAnother() {
        Enrolled here = enrol(Records.enrolled());

        given().header("Authorization", Tokens.bearer(Roles.FINANCE, Records.OTHER_REGENCY)).queryParam("size", 500)
                .get("/api/v1/enrollments")
                .then().statusCode(200)
                .body("items.id", not(hasItem(here.enrollmentId())));
        given().header("Authorization", Tokens.bearer(Roles.FINANCE, Records.OTHER_REGENCY))
                .queryParam("region", Records.REGENCY)
                .get("/api/v1/enrollments")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer(Roles.FINANCE))
                .get("/api/v1/enrollments")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void listsArePaginatedWithTotals() {
        enrol(Records.enrolled());
        enrol(Records.enrolled());

        given().header("Authorization", Tokens.bearer(Roles.ADMIN))
                .queryParam("region", Records.REGENCY).queryParam("page", 0).queryParam("size", 1)
                .get("/api/v1/enrollments")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("size", equalTo(1))
                .body("totalItems", greaterThanOrEqualTo(2))
                .body("totalPages", greaterThanOrEqualTo(2));
    }

    @Test
    void malformedFiltersAndIdsAreBadRequestsAndUnknownIdsAreNotFound() {
        getAs(Roles.ADMIN, null, "/api/v1/enrollments?region=3603").statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("region"));
        getAs(Roles.ADMIN, null, "/api/v1/enrollments?category=HONORER").statusCode(400)
                .body("errors.field", contains("category"));
        getAs(Roles.ADMIN, null, "/api/v1/enrollments?size=0").statusCode(400);
        getAs(Roles.ADMIN, null, "/api/v1/enrollments?page=2147483647").statusCode(400)
                .body("errors.field", contains("page"));
        getAs(Roles.ADMIN, null, "/api/v1/enrollments?page=abc").statusCode(400)
                .body("errors.field", contains("page"));
        getAs(Roles.ADMIN, null, "/api/v1/enrollments/not-a-uuid").statusCode(400);
        getAs(Roles.ADMIN, null, "/api/v1/enrollments/" + java.util.UUID.randomUUID()).statusCode(404)
                .contentType("application/problem+json");
        getAs(Roles.ADMIN, null, "/api/v1/participants/" + java.util.UUID.randomUUID()).statusCode(404);
        given().get("/api/v1/enrollments").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aRegionClaimThatIsNotExactlyOneCodeIsRefusedEvenForALookupThatIgnoresTheScope() {
        for (Object claim : List.of(List.of("36.03", "36.04"), 3603, "36.3", "id", "", "99", Map.of("code", "36"))) {
            given().header("Authorization", bearerWithClaim(Set.of(Roles.BPJS), claim)).contentType(ContentType.JSON)
                    .body("{\"kpj\":\"22011234567\"}").post("/api/v1/participants/search").then().statusCode(403)
                    .contentType("application/problem+json");
            given().header("Authorization", bearerWithClaim(Set.of(Roles.VIEWER), claim)).get("/api/v1/enrollments")
                    .then().statusCode(403);
        }
        given().header("Authorization", bearerWithClaim(Set.of(Roles.PLANNER, Roles.VIEWER), null))
                .get("/api/v1/enrollments").then().statusCode(403);
    }

    @Test
    void aOneElementArrayClaimIsItsOneCode() {
        Enrolled enrolled = enrol(Records.enrolled());
        given().header("Authorization", bearerWithClaim(Set.of(Roles.VIEWER), List.of(Records.REGENCY)))
                .get("/api/v1/enrollments/" + enrolled.enrollmentId()).then().statusCode(200);
        given().header("Authorization", bearerWithClaim(Set.of(Roles.VIEWER), List.of(Records.OTHER_REGENCY)))
                .get("/api/v1/enrollments/" + enrolled.enrollmentId()).then().statusCode(404);
    }

    private static String bearerWithClaim(Set<String> roles, Object claim) {
        return "Bearer " + DevstackResource.tokens().mintWithRegionClaim("test-claims", roles, claim,
                java.time.Duration.ofMinutes(5));
    }
}
