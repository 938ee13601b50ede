package id.lindung.enrollment.rest.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import id.lindung.contracts.person.Sex;

/**
 * A participant as the caller may see it: bpjs and admin see the NIK, KPJ, name and birth date; finance sees the name
 * and a masked NIK; viewer and planner see a masked NIK only.
 */
@Schema(name = "Participant")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipantView(
        UUID id,
        @Schema(description = "Full for bpjs/admin, otherwise masked (first 6 and last 2 digits)", example = "360301********01") String nik,
        @Schema(description = "bpjs/admin only", example = "22011234567") String kpj,
        @Schema(description = "bpjs, admin and finance only", example = "Siti Aminah") String fullName,
        @Schema(description = "bpjs/admin only") LocalDate birthDate,
        Sex sex,
        int birthYear,
        @Schema(description = "The enrollments within the caller's region scope, each with its history") List<EnrollmentView> enrollments) {
}
