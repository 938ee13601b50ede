package id.lindung.budget;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import id.lindung.budget.service.CommitmentHorizon;
import id.lindung.budget.service.Commitments;
import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.security.Roles;
import id.lindung.devstack.DatabaseOutage;
import id.lindung.devstack.DevstackResource;

/** Commitments from the real enrollment.events topic, read back as pool positions. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = "service", value = "budget"))
class CommitmentsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int YEAR = Lines.thisYear();

    @Inject
    CommitmentHorizon horizon;

    @Inject
    Commitments commitments;

    private static String pool(String region, int year, String programme, String category) {
        return region + ":" + year + ":" + programme + ":" + category;
    }

    /** The pool's position, or null while it does not exist. */
    private static JsonPath position(String poolId) {
        var response = given().header("Authorization", Tokens.bearer(Roles.VIEWER, null))
                .when().get("/api/v1/funding-pools/" + poolId);
        return response.statusCode() == 200 ? response.jsonPath() : null;
    }

    private static void awaitCommitted(String poolId, long committed) {
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath position = position(poolId);
            assertThat(position).as("pool %s", poolId).isNotNull();
            assertThat(position.getLong("committed")).isEqualTo(committed);
        });
    }

    private static long[] byMonth(String poolId) {
        return position(poolId).getList("committedByMonth", Long.class).stream().mapToLong(Long::longValue)
                .toArray();
    }

    private static long[] months(int from, int to, long amount) {
        long[] months = new long[12];
        Arrays.fill(months, from - 1, to, amount);
        return months;
    }

    @Test
    void aFundedEnrollmentCommitsEveryProgrammeForTheMonthsOfTheYearItCovers() {
        TestRegions.Regency regency = TestRegions.regency();
        Lines.create(Tokens.bearer(Roles.FINANCE, regency.code()), Lines.apbd(regency.code(), 1_000_000));
        Kafka.Enrollment enrollment = Kafka.Enrollment.nonAsn(regency.code(), LocalDate.of(YEAR, 1, 1), null,
                Programme.JKK, Programme.JKM);

        Kafka.send(enrollment.event(EventTypes.ENROLLMENT_ACTIVATED, 1));

        String jkk = pool(regency.code(), YEAR, "JKK", "NON_ASN");
        awaitCommitted(jkk, 12 * 2_400);
        awaitCommitted(pool(regency.code(), YEAR, "JKM", "NON_ASN"), 12 * 3_000);
        awaitCommitted(pool(regency.code(), YEAR + 1, "JKK", "NON_ASN"), 12 * 2_400);
        JsonPath position = position(jkk);
        assertThat(position.getInt("fundedParticipants")).isEqualTo(1);
        assertThat(position.getInt("unfundedParticipants")).isZero();
        assertThat(position.getLong("allocated")).isEqualTo(1_000_000);
        assertThat(position.getLong("headroom")).isEqualTo(1_000_000 - 28_800);
        assertThat(position.getList("participantsByMonth", Integer.class)).containsOnly(1);
    }

    @Test
    void participantsOfAPoolWithoutALineAreReportedAsUnfunded() {
        TestRegions.Regency regency = TestRegions.regency();
        Kafka.Enrollment enrollment = Kafka.Enrollment.nonAsn(regency.code(), LocalDate.of(YEAR, 1, 1),
                LocalDate.of(YEAR, 12, 31), Programme.JKM);

        Kafka.send(enrollment.event(EventTypes.ENROLLMENT_ACTIVATED, 1));

        String jkm = pool(regency.code(), YEAR, "JKM", "NON_ASN");
        awaitCommitted(jkm, 36_000);
        assertThat(position(jkm).getInt("unfundedParticipants")).isEqualTo(1);
        assertThat(position(jkm).getInt("fundedParticipants")).isZero();
        assertThat(position(jkm).getInt("lines")).isZero();
        given().header("Authorization", Tokens.bearer(Roles.VIEWER, regency.code()))
                .queryParam("region", regency.code()).queryParam("year", YEAR).queryParam("programme", "JKM")
                .when().get("/api/v1/funding-pools").then()
                .statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.equalTo(1))
                .body("items[0].unfundedParticipants", org.hamcrest.Matchers.equalTo(1));

        Lines.create(Tokens.bearer(Roles.FINANCE, regency.code()),
                Lines.with(Lines.apbd(regency.code(), 50_000), "programme", "JKM"));
        assertThat(position(jkm).getInt("fundedParticipants")).isEqualTo(1);
        assertThat(position(jkm).getInt("unfundedParticipants")).isZero();
    }

    @Test
    void aMidYearStartAndEndCommitOnlyTheMonthsCovered() {
        TestRegions.Regency regency = TestRegions.regency();
        Kafka.Enrollment enrollment = Kafka.Enrollment.nonAsn(regency.code(), LocalDate.of(YEAR, 5, 15),
                LocalDate.of(YEAR, 9, 10), Programme.JKK);

        Kafka.send(enrollment.event(EventTypes.ENROLLMENT_ACTIVATED, 1));

        String jkk = pool(regency.code(), YEAR, "JKK", "NON_ASN");
        awaitCommitted(jkk, 5 * 2_400);
        assertThat(byMonth(jkk)).containsExactly(months(5, 9, 2_400));
        assertThat(position(pool(regency.code(), YEAR + 1, "JKK", "NON_ASN"))).isNull();
    }

    @Test
    void aCoverageAcrossNewYearCommitsToBothFiscalYears() {
        TestRegions.Regency regency = TestRegions.regency();
        Kafka.Enrollment enrollment = Kafka.Enrollment.nonAsn(regency.code(), LocalDate.of(YEAR - 1, 11, 1),
                LocalDate.of(YEAR, 2, 28), Programme.JKK);

        Kafka.send(enrollment.event(EventTypes.ENROLLMENT_ACTIVATED, 1));

        String last = pool(regency.code(), YEAR - 1, "JKK", "NON_ASN");
        String current = pool(regency.code(), YEAR, "JKK", "NON_ASN");
        awaitCommitted(last, 2 * 2_400);
        awaitCommitted(current, 2 * 2_400);
        assertThat(byMonth(last)).containsExactly(months(11, 12, 2_400));
        assertThat(byMonth(current)).containsExactly(months(1, 2, 2_400));
    }

    @Test
    void changesAndEndsAdjustTheCommitmentsAndAPayerChangeMovesThemAway() {
        TestRegions.Regency regency = TestRegions.regency();
        Kafka.Enrollment enrollment = Kafka.Enrollment.nonAsn(regency.code(), LocalDate.of(YEAR, 1, 1), null,
                Programme.JKK);
        String jkk = pool(regency.code(), YEAR, "JKK", "NON_ASN");

        Kafka.send(enrollment.event(EventTypes.ENROLLMENT_ACTIVATED, 1));
        awaitCommitted(jkk, 12 * 2_400);
        Kafka.send(enrollment.wage(2_000_000).event(EventTypes.ENROLLMENT_CHANGED, 2));
        awaitCommitted(jkk, 12 * 4_800);
        Kafka.send(enrollment.wage(2_000_000).ending(LocalDate.of(YEAR, 3, 31))
                .event(EventTypes.ENROLLMENT_ENDED, 3));
        awaitCommitted(jkk, 3 * 4_800);
        assertThat(position(jkk).getInt("unfundedParticipants")).isEqualTo(1);
        awaitCommitted(pool(regency.code(), YEAR + 1, "JKK", "NON_ASN"), 0);

        Kafka.send(enrollment.paidBy(PayerType.SELF, null).event(EventTypes.ENROLLMENT_CHANGED, 4));
        awaitCommitted(jkk, 0);
        assertThat(position(jkk).getInt("unfundedParticipants")).isZero();
        assertThat(position(jkk).getList("participantsByMonth", Integer.class)).containsOnly(0);
    }

    @Test
    void aRepeatedEventAndAnOlderSequenceAreIgnored() {
        TestRegions.Regency regency = TestRegions.regency();
        Kafka.Enrollment enrollment = Kafka.Enrollment.nonAsn(regency.code(), LocalDate.of(YEAR, 1, 1), null,
                Programme.JKK);
        var activated = enrollment.event(EventTypes.ENROLLMENT_ACTIVATED, 1);
        var changed = enrollment.wage(2_000_000).event(EventTypes.ENROLLMENT_CHANGED, 2);
        String jkk = pool(regency.code(), YEAR, "JKK", "NON_ASN");

        Kafka.send(activated);
        Kafka.send(activated);
        Kafka.send(changed);
        Kafka.send(changed);
        Kafka.send(enrollment.wage(9_000_000).event(EventTypes.ENROLLMENT_CHANGED, 1));
        // a second enrollment of the same participant travels behind the others on the same partition
        Kafka.Enrollment marker = new Kafka.Enrollment(enrollment.participantId(), UUID.randomUUID().toString(),
                enrollment.category(), enrollment.segment(), enrollment.programmes(), enrollment.payerType(),
                enrollment.payerRegion(), 1_000_000, 1, LocalDate.of(YEAR, 12, 1), null);
        Kafka.send(marker.event(EventTypes.ENROLLMENT_ACTIVATED, 1));

        awaitCommitted(jkk, 12 * 4_800 + 2_400);
        assertThat(position(jkk).getInt("unfundedParticipants")).isEqualTo(2);
    }

    @Test
    void aVillageAndAProvincePayForTheirOwnPools() {
        TestRegions.Regency regency = TestRegions.regency();
        String village = regency.desa().get(0);
        Kafka.Enrollment apparatus = new Kafka.Enrollment(UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), id.lindung.contracts.programme.Category.PERANGKAT_DESA,
                id.lindung.contracts.programme.Segment.PU, java.util.Set.of(Programme.JKK), PayerType.APBDES,
                village, 1_000_000, 1, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 6, 30));
        Kafka.Enrollment rentan = new Kafka.Enrollment(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                id.lindung.contracts.programme.Category.PEKERJA_RENTAN, id.lindung.contracts.programme.Segment.BPU,
                java.util.Set.of(Programme.JKK, Programme.JKM), PayerType.APBD_PROVINSI, regency.code(), 1_000_000,
                null, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31));

        Kafka.send(apparatus.event(EventTypes.ENROLLMENT_ACTIVATED, 1));
        Kafka.send(rentan.event(EventTypes.ENROLLMENT_ACTIVATED, 1));

        awaitCommitted(pool(village, YEAR, "JKK", "PERANGKAT_DESA"), 6 * 2_400);
        awaitCommitted(pool(regency.province(), YEAR, "JKK", "PEKERJA_RENTAN"), 12 * 10_000);
        awaitCommitted(pool(regency.province(), YEAR, "JKM", "PEKERJA_RENTAN"), 12 * 6_800);
        assertThat(position(pool(village, YEAR, "JKK", "PERANGKAT_DESA")).getString("payerType"))
                .isEqualTo("APBDES");
    }

    @Test
    void anOpenEnrollmentIsExtendedIntoANewFiscalYearByTheRollOver() {
        TestRegions.Regency regency = TestRegions.regency();
        Kafka.Enrollment enrollment = Kafka.Enrollment.nonAsn(regency.code(), LocalDate.of(YEAR, 7, 1), null,
                Programme.JKK);
        int horizonYear = commitments.horizonYear();
        Kafka.send(enrollment.event(EventTypes.ENROLLMENT_ACTIVATED, 1));
        awaitCommitted(pool(regency.code(), horizonYear, "JKK", "NON_ASN"), 12 * 2_400);

        assertThat(horizon.extendTo(horizonYear + 1)).isPositive();

        awaitCommitted(pool(regency.code(), horizonYear + 1, "JKK", "NON_ASN"), 12 * 2_400);
        awaitCommitted(pool(regency.code(), YEAR, "JKK", "NON_ASN"), 6 * 2_400);
    }

    @Test
    void unreadableAndSchemaInvalidEventsGoToTheDeadLetterTopicWithTheReason() throws Exception {
        TestRegions.Regency regency = TestRegions.regency();
        String marker = UUID.randomUUID().toString();
        Kafka.send(marker + "-1", "{not json");
        var noRegion = Kafka.Enrollment.nonAsn(regency.code(), LocalDate.of(YEAR, 1, 1), null, Programme.JKK)
                .paidBy(PayerType.APBD_KABKOTA, null).event(EventTypes.ENROLLMENT_ACTIVATED, 1);
        Kafka.send(marker + "-2", Kafka.JSON.writeValueAsString(noRegion));
        var schemaInvalid = (com.fasterxml.jackson.databind.node.ObjectNode) Kafka.JSON.valueToTree(
                Kafka.Enrollment.nonAsn(regency.code(), LocalDate.of(YEAR, 1, 1), null, Programme.JKK)
                        .event(EventTypes.ENROLLMENT_ACTIVATED, 1));
        ((com.fasterxml.jackson.databind.node.ObjectNode) schemaInvalid.get("data")).put("nik", "3603011705900001");
        Kafka.send(marker + "-3", schemaInvalid.toString());

        await().atMost(WAIT).untilAsserted(() -> {
            List<Kafka.Seen> dead = Kafka.seen(seen -> seen.topic().endsWith(".dlq") && seen.key() != null
                    && seen.key().startsWith(marker));
            assertThat(dead).extracting(Kafka.Seen::key).containsExactlyInAnyOrder(marker + "-1", marker + "-2",
                    marker + "-3");
            assertThat(dead).allSatisfy(seen -> assertThat(seen.headers()).containsKey("dead-letter-reason")
                    .containsEntry("dead-letter-topic", EventTypes.ENROLLMENT_TOPIC));
            assertThat(dead).filteredOn(seen -> seen.key().endsWith("-2"))
                    .allSatisfy(seen -> assertThat(seen.headers().get("dead-letter-reason"))
                            .contains("payer.region"));
            assertThat(dead).filteredOn(seen -> seen.key().endsWith("-3"))
                    .allSatisfy(seen -> assertThat(seen.headers().get("dead-letter-reason")).contains("nik"));
            assertThat(dead).allSatisfy(seen -> assertThat(seen.value().toString()).doesNotContain("3603011705900001")
                    .doesNotContain("not json").contains("quarantineId"));
        });
        List<String> quarantined = given().header("Authorization", Tokens.bearer(Roles.ADMIN, null))
                .queryParam("consumer", "enrollment-events").queryParam("size", 500)
                .when().get("/api/v1/budget/quarantine").then().statusCode(200).extract().path("items.reasons.flatten()");
        assertThat(String.join(" ", quarantined)).contains("payer.region").contains("not JSON");
        given().header("Authorization", Tokens.bearer(Roles.FINANCE, regency.code()))
                .when().get("/api/v1/budget/quarantine").then().statusCode(403);
    }

    @Test
    void aDatabaseOutageIsWaitedOutWithReadinessDownAndTheEventIsAppliedOnceItEnds() {
        TestRegions.Regency regency = TestRegions.regency();
        Kafka.Enrollment enrollment = Kafka.Enrollment.nonAsn(regency.code(), LocalDate.of(YEAR, 1, 1), null,
                Programme.JKM);
        var event = enrollment.event(EventTypes.ENROLLMENT_ACTIVATED, 1);
        try (DatabaseOutage outage = DatabaseOutage.of(DevstackResource.stack(), "budget")) {
            Kafka.send(event);
            await().atMost(Duration.ofSeconds(60)).until(() -> "DOWN".equals(JsonPath.from(
                    given().when().get("/q/health/ready").then().extract().asString())
                    .getString("checks.find { it.name == 'consumers' }.status")));
        }

        awaitCommitted(pool(regency.code(), YEAR, "JKM", "NON_ASN"), 12 * 3_000);
        await().atMost(Duration.ofSeconds(60)).until(() -> given().when().get("/q/health/ready").statusCode() == 200);
        assertThat(Kafka.seen(seen -> seen.topic().endsWith(".dlq")
                && event.id().equals(seen.value().path("eventId").asText()))).isEmpty();
    }
}
