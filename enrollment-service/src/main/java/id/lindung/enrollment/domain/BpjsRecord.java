package id.lindung.enrollment.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.lindung.contracts.person.Sex;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;

/**
 * One inbound record from a BPJS integration job, as posted to {@code POST /api/v1/enrollment-events} or published on
 * {@code bpjs.enrollment-events}. Every record carries the full state of the enrollment as BPJS knows it at
 * {@code occurredAt}.
 */
@Schema(name = "BpjsEnrollmentRecord", description = "One enrollment event from BPJS Ketenagakerjaan. JSON Schema: "
        + BpjsRecord.SCHEMA_ID, externalDocs = @ExternalDocumentation(description = "JSON Schema of the record", url = BpjsRecord.SCHEMA_ID))
public record BpjsRecord(
        @Schema(required = true, description = "Idempotency key: a record with an eventId already processed is a duplicate", example = "bpjs-2025-000001") String eventId,
        @Schema(required = true) EventKind type,
        @Schema(required = true, description = "When the change happened at BPJS; per enrollment the newest wins", example = "2025-01-15T08:00:00+07:00") OffsetDateTime occurredAt,
        @Schema(required = true, description = "Participant card number (digits)", example = "22011234567") String kpj,
        @Schema(required = true, description = "16-digit NIK; birth date and sex must agree with it", example = "3603014501900001") String nik,
        @Schema(required = true, example = "Siti Aminah") String fullName,
        @Schema(required = true, example = "1990-01-05") LocalDate birthDate,
        @Schema(required = true) Sex sex,
        @Schema(required = true) Segment segment,
        @Schema(required = true) Category category,
        @Schema(description = "Optional", example = "Tenaga administrasi") String occupation,
        @Schema(required = true, description = "Kemendagri code, village level preferred", example = "36.03.01.2003") String domicileRegion,
        @Schema(required = true) Payer payer,
        @Schema(required = true, description = "JP is refused for BPU and JAKON") Set<Programme> programmes,
        @Schema(required = true, description = "PU monthly wage or BPU declared income, whole rupiah, positive", example = "1000000") Long wageBase,
        @Schema(description = "JKK risk class 1-5; required for PU", example = "1") Integer riskClass,
        @Schema(required = true, example = "2025-01-01") LocalDate coverageStart,
        @Schema(description = "Required for ENDED", example = "2025-12-31") LocalDate coverageEnd,
        @Schema(description = "ENDED only", example = "Kontrak berakhir") String endReason) {

    public static final String SCHEMA_ID = "https://lindung.id/schemas/bpjs-enrollment-record.v1.json";

    /** Who pays: a regional budget names its government (province or regency/city for APBD, village for APBDES). */
    @Schema(name = "BpjsPayer")
    public record Payer(@Schema(required = true) PayerType type,
            @Schema(description = "Kemendagri code of the paying government; regional budgets only", example = "36.03") String region) {
    }
}
