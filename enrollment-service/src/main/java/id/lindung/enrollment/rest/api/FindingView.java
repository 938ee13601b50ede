package id.lindung.enrollment.rest.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.programme.Programme;

/** One participant paid for by two payers for the same programme in overlapping months. No NIK, no name. */
@Schema(name = "DoubleFundingFinding")
public record FindingView(
        UUID findingId,
        UUID participantId,
        @Schema(example = "36.03.01.2003") String domicileRegion,
        Funded first,
        Funded second,
        @Schema(description = "First day of the first common month") LocalDate overlapFrom,
        @Schema(description = "Last day of the last common month; empty while both run on") LocalDate overlapTo,
        @Schema(description = "The programmes both payers pay for in those months", examples = "[\"JKM\"]") Set<Programme> programmes,
        OffsetDateTime detectedAt) {

    /** One of the two enrollments and who pays it. */
    @Schema(name = "FundedEnrollment")
    public record Funded(UUID enrollmentId, EnrollmentChange.Payer payer) {
    }
}
