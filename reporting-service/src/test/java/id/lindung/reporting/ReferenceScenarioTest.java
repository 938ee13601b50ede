package id.lindung.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;
import id.lindung.contracts.reference.ReferenceData;
import id.lindung.contracts.region.RegionCode;
import id.lindung.contracts.region.RegionLevel;
import id.lindung.devstack.DevstackResource;
import id.lindung.platform.regions.RegionDirectory;
import id.lindung.reporting.TestEvents.Enrollment;

/**
 * Published monitoring figures through the real event path: Banten's coverage (targets as published: NON_ASN 159,219,
 * PEKERJA_RENTAN 217,943, total 376,162; 122,019 enrollments spread over its regencies/cities by population; 32.44 %),
 * and the extremes of growth (Papua 160.55 %, Jawa Barat 1.55 %) in the growth ranking.
 */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, initArgs = @ResourceArg(name = "service", value = "reporting"))
class ReferenceScenarioTest {

    private static final int ACTIVE = 122_019;
    private static final long NON_ASN = 159_219;
    private static final long PEKERJA_RENTAN = 217_943;
    /** As published; the two categories add up to 377,162 (the press counts some workers in both). */
    private static final long PUBLISHED_TOTAL = 376_162;

    @Inject
    RegionDirectory directory;

    @Test
    void bantenShows376162Potential122019ActiveAnd32Point44PercentCoverage() {
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        Api.as("planner", "36").contentType("application/json")
                .body(Map.of("potential", Map.of("NON_ASN", NON_ASN, "PEKERJA_RENTAN", PEKERJA_RENTAN),
                        "total", PUBLISHED_TOTAL))
                .put("/api/v1/targets/36/{year}", year)
                .then().statusCode(201);
        Map<String, Integer> byRegency = spreadByPopulation(ACTIVE, "36");

        publishEnrollments(byRegency);

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Api.active("36") == ACTIVE);
        JsonPath banten = Api.coverage("36");
        assertThat(banten.getString("name")).isEqualTo("Banten");
        assertThat(banten.getString("level")).isEqualTo("PROVINCE");
        assertThat(banten.getLong("potential")).isEqualTo(PUBLISHED_TOTAL);
        assertThat(banten.getString("potentialSource")).isEqualTo("POSTED");
        assertThat(banten.getLong("active")).isEqualTo(ACTIVE);
        assertThat(banten.getDouble("coveragePercent")).isEqualTo(32.44);
        assertThat(banten.getLong("activeWithoutPotential")).isZero();

        JsonPath children = Api.viewer().queryParam("size", 50)
                .get("/api/v1/reports/coverage/36/children").then().statusCode(200).extract().jsonPath();
        Map<String, Integer> shown = new LinkedHashMap<>();
        children.getList("items", Map.class)
                .forEach(child -> shown.put((String) child.get("region"), ((Number) child.get("active")).intValue()));
        assertThat(shown).containsAllEntriesOf(byRegency);
        assertThat(shown.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(ACTIVE);
    }

    /**
     * The published extremes of growth (highest Papua, 160.55 %; lowest Jawa Barat, 1.55 %) through the real event path
     * and the ranking, from counts that give them exactly: 2,000 to 5,211 and 20,000 to 20,310 between the ends of two
     * months. Election organisers, whom no other test enrols, covered since 2001 (a change is dated by its coverage
     * date, never later than the change itself).
     */
    @Test
    void theGrowthRankingShowsPapua160Point55HighestAndJawaBarat1Point55Lowest() {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        records.addAll(organisers(Villages.in(directory, "94"), 2_000, 3_211));
        records.addAll(organisers(Villages.in(directory, "32"), 20_000, 310));
        TestEvents.send(records);

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonPath ranking = Api.viewer().queryParam("level", "PROVINCE").queryParam("metric", "GROWTH")
                    .queryParam("category", "PENYELENGGARA_PEMILU").queryParam("from", "2001-01")
                    .queryParam("to", "2001-12").queryParam("limit", 38).get("/api/v1/reports/rankings")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(ranking.getList("items.findAll { it.growthPercent != null }"
                    + ".collect { it.region + ' ' + it.growthPercent + ' ' + it.active }", String.class))
                    .containsExactly("94 160.55 5211", "32 1.55 20310");
        });
    }

    /** {@code atStart} organisers covered from January 2001 and {@code joining} more from June. */
    private static List<ProducerRecord<String, String>> organisers(RegionCode village, int atStart, int joining) {
        List<ProducerRecord<String, String>> records = new ArrayList<>(atStart + joining);
        for (int i = 0; i < atStart + joining; i++) {
            Enrollment organiser = new Enrollment(UUID.randomUUID().toString(), UUID.randomUUID().toString(), 1,
                    EnrollmentChange.Status.ACTIVE, Category.PENYELENGGARA_PEMILU, Segment.PU,
                    EnumSet.of(Programme.JKK, Programme.JKM), village.value(),
                    i < atStart ? LocalDate.of(2001, 1, 1) : LocalDate.of(2001, 6, 1), null,
                    OffsetDateTime.now(ZoneOffset.UTC));
            String json = i == 0 ? TestEvents.json(organiser.event()) : TestEvents.jsonUnchecked(organiser.event());
            records.add(new ProducerRecord<>(EventTypes.ENROLLMENT_TOPIC, organiser.participantId(), json));
        }
        return records;
    }

    /** Largest-remainder split of the count over the province's regencies/cities by population. */
    static Map<String, Integer> spreadByPopulation(int count, String province) {
        Map<String, Long> population = new LinkedHashMap<>();
        for (ReferenceData.Population region : ReferenceData.population()) {
            if (region.kode().startsWith(province + ".") && region.kode().length() == 5) {
                population.put(region.kode(), region.total());
            }
        }
        long total = population.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Integer> shares = new LinkedHashMap<>();
        Map<String, Double> remainders = new LinkedHashMap<>();
        int assigned = 0;
        for (Map.Entry<String, Long> regency : population.entrySet()) {
            double exact = (double) count * regency.getValue() / total;
            shares.put(regency.getKey(), (int) Math.floor(exact));
            remainders.put(regency.getKey(), exact - Math.floor(exact));
            assigned += (int) Math.floor(exact);
        }
        List<String> byRemainder = remainders.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .map(Map.Entry::getKey).toList();
        for (int i = 0; i < count - assigned; i++) {
            shares.merge(byRemainder.get(i), 1, Integer::sum);
        }
        return shares;
    }

    /** One activation per participant, spread over the regency's villages, in bulk with a plain producer. */
    private void publishEnrollments(Map<String, Integer> byRegency) {
        double nonAsnShare = (double) NON_ASN / (NON_ASN + PEKERJA_RENTAN);
        List<ProducerRecord<String, String>> records = new ArrayList<>(ACTIVE);
        for (Map.Entry<String, Integer> regency : byRegency.entrySet()) {
            List<RegionCode> villages = villagesOf(RegionCode.of(regency.getKey()));
            int nonAsn = (int) Math.round(regency.getValue() * nonAsnShare);
            for (int i = 0; i < regency.getValue(); i++) {
                String village = villages.get(i % villages.size()).value();
                Enrollment enrollment = i < nonAsn ? Enrollment.nonAsn(village) : Enrollment.pekerjaRentan(village);
                String json = i == 0 ? TestEvents.json(enrollment.event()) : TestEvents.jsonUnchecked(enrollment.event());
                records.add(new ProducerRecord<>(EventTypes.ENROLLMENT_TOPIC, enrollment.participantId(), json));
            }
        }
        TestEvents.send(records);
    }

    private List<RegionCode> villagesOf(RegionCode regency) {
        List<RegionCode> villages = new ArrayList<>();
        for (RegionCode district : directory.children(regency)) {
            directory.children(district).stream().filter(code -> code.level() == RegionLevel.VILLAGE)
                    .forEach(villages::add);
        }
        return villages;
    }
}
