package id.lindung.enrollment.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Find a participant by exactly one identifier; in the body so that a NIK never lands in a URL or an access log. */
@Schema(name = "ParticipantSearch")
public record ParticipantSearch(
        @Schema(description = "16-digit NIK", example = "3603014501900001") String nik,
        @Schema(description = "KPJ card number", example = "22011234567") String kpj) {
}
