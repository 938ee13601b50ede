package id.lindung.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.lindung.contracts.event.EventSchemas;
import id.lindung.contracts.programme.Wages;

class BpjsEnrollmentRecordSchemaTest {

    private final ObjectMapper json = new ObjectMapper();

    private ObjectNode enrolled() throws Exception {
        return (ObjectNode) json.readTree("""
                {"eventId":"bpjs-2025-000001","type":"ENROLLED","occurredAt":"2025-01-15T08:00:00+07:00",
                 "kpj":"22011234567","nik":"3603014501900001","fullName":"Siti Aminah","birthDate":"1990-01-05",
                 "sex":"FEMALE","segment":"PU","category":"NON_ASN","occupation":"Tenaga administrasi",
                 "domicileRegion":"36.03.01.2003","payer":{"type":"APBD_KABKOTA","region":"36.03"},
                 "programmes":["JKK","JKM"],"wageBase":1000000,"riskClass":1,"coverageStart":"2025-01-01"}
                """);
    }

    private static boolean valid(ObjectNode record) {
        return EventSchemas.violations(EventSchemas.BPJS_ENROLLMENT_RECORD, record).isEmpty();
    }

    @Test
    void aCompleteEnrolledRecordPasses() throws Exception {
        assertThat(EventSchemas.violations(EventSchemas.BPJS_ENROLLMENT_RECORD, enrolled())).isEmpty();
    }

    @Test
    void anEndedRecordNeedsItsEndDateAndReason() throws Exception {
        ObjectNode ended = enrolled().put("type", "ENDED");
        assertThat(valid(ended)).isFalse();
        assertThat(valid(ended.put("coverageEnd", "2025-06-30").put("endReason", "Kontrak berakhir"))).isTrue();
    }

    @Test
    void pensionIsRefusedForInformalWorkers() throws Exception {
        ObjectNode record = enrolled().put("segment", "BPU").put("category", "PEKERJA_RENTAN");
        record.putArray("programmes").add("JKK").add("JP");
        assertThat(valid(record)).isFalse();
    }

    @Test
    void aVillageBudgetMustNameAVillage() throws Exception {
        ObjectNode record = enrolled();
        ((ObjectNode) record.get("payer")).put("type", "APBDES").put("region", "36.03");
        assertThat(valid(record)).isFalse();
        ((ObjectNode) record.get("payer")).put("region", "36.03.01.2003");
        assertThat(valid(record)).isTrue();
    }

    @Test
    void aWageMustBePositiveAndANikSixteenDigits() throws Exception {
        assertThat(valid(enrolled().put("wageBase", 0))).isFalse();
        assertThat(valid(enrolled().put("nik", "12345"))).isFalse();
    }

    @Test
    void aWageAgreesWithTheQuoteBoundAndABirthYearWithTheEvents() throws Exception {
        assertThat(valid(enrolled().put("wageBase", Wages.MAX_MONTHLY))).isTrue();
        assertThat(valid(enrolled().put("wageBase", Wages.MAX_MONTHLY + 1))).isFalse();
        assertThat(valid(enrolled().put("birthDate", "1889-01-05"))).isFalse();
    }
}
