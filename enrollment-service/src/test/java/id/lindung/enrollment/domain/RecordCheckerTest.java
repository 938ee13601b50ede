package id.lindung.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import id.lindung.contracts.region.RegionCode;
import id.lindung.enrollment.support.Records;
import id.lindung.platform.problem.FieldError;

class RecordCheckerTest {

    private static final Set<String> KNOWN = Set.of("36", "36.03", "36.03.01", "36.03.01.2003", "36.04",
            "36.04.05", "36.04.05.2001");
    /** A district an earlier list had: NIKs issued there keep it. */
    private static final String RETIRED = "91.01.01";
    private final RecordChecker checker = new RecordChecker(code -> KNOWN.contains(code.value()),
            code -> KNOWN.contains(code.value()) || code.value().equals(RETIRED), Clock.systemUTC());

    private CheckedRecord check(ObjectNode record) {
        return checker.check(0, record);
    }

    private void assertRejected(ObjectNode record, String field, String messagePart) {
        CheckedRecord checked = check(record);
        assertThat(checked.isValid()).as("record should be rejected").isFalse();
        assertThat(checked.reasons()).extracting(FieldError::field).contains(field);
        assertThat(checked.reasons()).filteredOn(reason -> reason.field().equals(field))
                .anySatisfy(reason -> assertThat(reason.message()).contains(messagePart));
        assertThat(checked.reasons().toString()).doesNotContain(record.path("nik").asText("-"));
    }

    private static ObjectNode payer(ObjectNode record, String type, String region) {
        ObjectNode payer = (ObjectNode) record.get("payer");
        payer.put("type", type);
        if (region == null) {
            payer.remove("region");
        } else {
            payer.put("region", region);
        }
        return record;
    }

    @Test
    void aCompleteRecordIsValidAndReadIntoItsFields() {
        ObjectNode record = Records.enrolled();
        CheckedRecord checked = check(record);
        assertThat(checked.reasons()).isEmpty();
        assertThat(checked.record().nik()).isEqualTo(record.get("nik").asText());
        assertThat(checked.record().payer().region()).isEqualTo("36.03");
        assertThat(checked.record().wageBase()).isEqualTo(1_000_000L);
    }

    @Test
    void aNikOfTheWrongLengthIsRejected() {
        assertRejected(Records.enrolled().put("nik", "36030145019"), "nik", "16 digits");
    }

    @Test
    void aNikOfAnUnknownProvinceIsRejected() {
        ObjectNode record = Records.enrolled();
        record.put("nik", "99" + record.get("nik").asText().substring(2));
        assertRejected(record, "nik", "province");
    }

    @Test
    void aNikWithoutARealBirthDateIsRejected() {
        ObjectNode record = Records.enrolled();
        String nik = record.get("nik").asText();
        record.put("nik", nik.substring(0, 6) + "3102" + nik.substring(10));
        assertRejected(record, "nik", "not a real date");
    }

    @Test
    void aBirthDateThatDisagreesWithTheNikIsRejected() {
        ObjectNode record = Records.enrolled();
        record.put("birthDate", java.time.LocalDate.parse(record.get("birthDate").asText()).plusDays(1).toString());
        assertRejected(record, "birthDate", "does not agree");
    }

    @Test
    void aSexThatDisagreesWithTheNikIsRejected() {
        ObjectNode record = Records.enrolled();
        record.put("sex", record.get("sex").asText().equals("MALE") ? "FEMALE" : "MALE");
        assertRejected(record, "sex", "does not agree");
    }

    @Test
    void aMalformedRegionCodeIsRejected() {
        assertRejected(Records.enrolled().put("domicileRegion", "3603012003"), "domicileRegion", "Kemendagri");
    }

    @Test
    void aRegionMissingFromTheKemendagriListIsRejected() {
        assertRejected(Records.enrolled().put("domicileRegion", "36.03.01.2999"), "domicileRegion",
                "does not exist");
    }

    @Test
    void aNikFromADistrictNoListHasEverHadIsRejected() {
        ObjectNode record = Records.enrolled();
        assertRejected(record.put("nik", "360399" + record.get("nik").asText().substring(6)), "nik",
                "neither a current nor a retired Kemendagri district");
    }

    @Test
    void aNikKeepsARetiredDistrictForLife() {
        ObjectNode record = Records.enrolled();
        CheckedRecord checked = check(record.put("nik", "910101" + record.get("nik").asText().substring(6)));

        assertThat(checked.reasons()).isEmpty();
        assertThat(checked.isValid()).isTrue();
    }

    @Test
    void anApbdPayerMustBeAProvinceOrARegency() {
        assertRejected(payer(Records.enrolled(), "APBD_KABKOTA", "36.03.01"), "payer.region", "regency");
        assertRejected(payer(Records.enrolled(), "APBD_PROVINSI", "36.03"), "payer.region", "province");
        assertThat(check(payer(Records.enrolled(), "APBD_PROVINSI", "36")).isValid()).isTrue();
    }

    @Test
    void anApbdesPayerMustBeAVillage() {
        assertRejected(payer(Records.enrolled(), "APBDES", "36.03"), "payer.region", "village");
        assertThat(check(payer(Records.enrolled(), "APBDES", "36.03.01.2003")).isValid()).isTrue();
    }

    @Test
    void aRegionalBudgetMustNameItsRegionAndOtherPayersMustNot() {
        assertRejected(payer(Records.enrolled(), "APBD_KABKOTA", null), "payer.region", "required");
        assertRejected(payer(Records.enrolled(), "EMPLOYER", "36.03"), "payer.region", "only for regional budgets");
        assertThat(check(payer(Records.enrolled(), "EMPLOYER", null)).isValid()).isTrue();
    }

    @Test
    void pensionIsRefusedFromThePensionAgeOfTheCoverageDate() {
        Records.Person born1966 = new Records.Person(Records.DISTRICT + "150366" + "0001", LocalDate.of(1966, 3, 15),
                "MALE");
        ObjectNode at58 = Records.enrolled(born1966).put("coverageStart", "2025-03-01");
        at58.putArray("programmes").add("JKK").add("JKM").add("JP");
        assertThat(checker.check(0, at58).reasons()).isEmpty();

        ObjectNode at59 = Records.enrolled(born1966).put("coverageStart", "2025-03-15");
        at59.putArray("programmes").add("JKK").add("JKM").add("JP");
        assertRejected(at59, "programmes",
                "JP is closed at age 59 on 2025-03-15: the pension age in 2025 is 59 (PP 45/2015 art. 15)");
    }

    @Test
    void pensionIsRefusedForInformalAndConstructionWorkers() {
        ObjectNode bpu = Records.enrolled().put("segment", "BPU").put("category", "PEKERJA_RENTAN");
        bpu.putArray("programmes").add("JKK").add("JKM").add("JP");
        assertRejected(bpu, "programmes", "JP is not available to segment BPU");
        ObjectNode jakon = Records.enrolled().put("segment", "JAKON").put("category", "PENYELENGGARA_PEMILU");
        jakon.putArray("programmes").add("JKK").add("JP");
        assertRejected(jakon, "programmes", "JP is not available to segment JAKON");
    }

    @Test
    void jobLossInsuranceCannotBeChargedToARegionalBudget() {
        ObjectNode record = Records.enrolled();
        record.putArray("programmes").add("JKK").add("JKP");
        assertRejected(record, "programmes", "regional budget");
    }

    @Test
    void programmesMustBeKnownAndListedOnce() {
        ObjectNode record = Records.enrolled();
        record.putArray("programmes").add("JKK").add("JKK").add("XYZ");
        CheckedRecord checked = check(record);
        assertThat(checked.reasons()).extracting(FieldError::field).contains("programmes[1]", "programmes[2]");
        assertRejected(Records.enrolled().set("programmes", Records.JSON.createArrayNode()), "programmes",
                "non-empty");
    }

    @Test
    void segmentMustFitTheCategory() {
        assertRejected(Records.enrolled().put("category", "PEKERJA_RENTAN"), "segment", "BPU");
        ObjectNode nonAsnAsBpu = Records.enrolled().put("segment", "BPU");
        assertRejected(nonAsnAsBpu, "segment", "PU");
    }

    @Test
    void theWageMustBePositive() {
        assertRejected(Records.enrolled().put("wageBase", 0), "wageBase", "positive");
        assertRejected(Records.enrolled().put("wageBase", -5), "wageBase", "positive");
        assertRejected(Records.enrolled().put("wageBase", 10.5), "wageBase", "whole number");
    }

    @Test
    void aWageEarnerNeedsARiskClassFromOneToFive() {
        ObjectNode missing = Records.enrolled();
        missing.remove("riskClass");
        assertRejected(missing, "riskClass", "required for PU");
        assertRejected(Records.enrolled().put("riskClass", 6), "riskClass", "1 to 5");
    }

    @Test
    void coverageCannotEndBeforeItStarts() {
        assertRejected(Records.enrolled().put("coverageEnd", "2024-12-31"), "coverageEnd", "before coverageStart");
    }

    @Test
    void coverageCannotStartBeforeBirth() {
        ObjectNode record = Records.enrolled();
        record.put("coverageStart", java.time.LocalDate.parse(record.get("birthDate").asText()).minusDays(1)
                .toString());
        assertRejected(record, "coverageStart", "birth date");
    }

    @Test
    void anEventCannotHaveHappenedInTheFuture() {
        assertRejected(Records.enrolled().put("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).toString()),
                "occurredAt", "future");
    }

    @Test
    void anEndedRecordNeedsAnEndDateAndAReasonAndOnlyItMayGiveAReason() {
        ObjectNode ended = Records.enrolled().put("type", "ENDED");
        CheckedRecord checked = check(ended);
        assertThat(checked.reasons()).extracting(FieldError::field).contains("coverageEnd", "endReason");
        assertRejected(Records.enrolled().put("endReason", "Pensiun"), "endReason", "only allowed for ENDED");
    }

    @Test
    void everyMissingFieldIsNamedAtOnce() {
        CheckedRecord checked = check(Records.JSON.createObjectNode().put("eventId", "e-1"));
        assertThat(checked.eventId()).isEqualTo("e-1");
        assertThat(checked.reasons()).extracting(FieldError::field).contains("type", "occurredAt", "kpj", "nik",
                "fullName", "birthDate", "sex", "segment", "category", "domicileRegion", "payer", "programmes",
                "wageBase", "coverageStart");
    }

    @Test
    void unknownFieldsAndWrongTypesAreRejected() {
        assertRejected(Records.enrolled().put("salary", 1), "salary", "not a field");
        assertRejected(Records.enrolled().put("type", "MOVED"), "type", "must be one of");
        assertRejected(Records.enrolled().put("occurredAt", "yesterday"), "occurredAt", "ISO-8601");
        assertRejected(Records.enrolled().put("kpj", "22-01"), "kpj", "digits");
        assertRejected(Records.enrolled().put("eventId", "has spaces"), "eventId", "letters, digits");
    }

    @Test
    void aRecordThatIsNotAnObjectIsRejected() {
        CheckedRecord checked = checker.check(3, Records.JSON.getNodeFactory().textNode("hello"));
        assertThat(checked.index()).isEqualTo(3);
        assertThat(checked.reasons()).extracting(FieldError::field).containsExactly("record");
    }

    @Test
    void regionCodeOfTheNationIsNotADomicile() {
        assertRejected(Records.enrolled().put("domicileRegion", RegionCode.NATION.value()), "domicileRegion",
                "Kemendagri");
    }

    @Test
    void aBirthYearBeforeTheEventsFirstIsRejectedEvenWhenTheNikAgrees() {
        ObjectNode record = Records.enrolled();
        String nik = record.get("nik").asText().substring(0, 6) + "150189" + "0001";
        assertRejected(record.put("nik", nik).put("birthDate", "1889-01-15").put("sex", "MALE"), "birthDate", "1900");
    }

    @Test
    void aWageAboveTheQuoteBoundIsRejected() {
        assertRejected(Records.enrolled().put("wageBase", Long.MAX_VALUE), "wageBase", "at most");
        assertThat(check(Records.enrolled().put("wageBase", 999_999_999_999L)).isValid()).isTrue();
    }

    @Test
    void datesOutsideThePlausibleYearsAreRejected() {
        assertRejected(Records.enrolled().put("occurredAt", "0000-01-01T00:00:00Z"), "occurredAt", "between");
        assertRejected(Records.enrolled().put("coverageEnd", "+999999999-12-31"), "coverageEnd", "between");
    }

    @Test
    void textWithNulOrControlCharactersIsRejected() {
        assertRejected(Records.enrolled().put("fullName", "Siti\u0000Aminah"), "fullName", "NUL");
        assertRejected(Records.enrolled().put("occupation", "guru\u0007"), "occupation", "control characters");
    }
}
