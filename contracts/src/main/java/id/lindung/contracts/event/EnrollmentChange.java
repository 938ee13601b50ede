package id.lindung.contracts.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.lindung.contracts.person.Sex;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;

/**
 * The data of {@code enrollment.activated/changed/ended.v1}: the full current state of one enrollment after the
 * change, so a consumer never needs an earlier event to apply this one. Carries no NIK and no name.
 *
 * @param participantId opaque id of the participant (never the NIK)
 * @param enrollmentId id of the enrollment the change is about
 * @param sequence increases with every change of the enrollment; a consumer ignores a sequence it has passed
 * @param status ACTIVE or ENDED after the change
 * @param occurredAt when the change happened at BPJS (not when Lindung learned of it)
 */
public record EnrollmentChange(String participantId, String enrollmentId, long sequence, Status status,
        Category category, Segment segment, Set<Programme> programmes, String domicileRegion, Payer payer,
        long wageBase, Integer riskClass, LocalDate coverageStart, LocalDate coverageEnd, Sex sex, int birthYear,
        OffsetDateTime occurredAt) {

    @Schema(name = "EnrollmentStatus")
    public enum Status {
        ACTIVE, ENDED
    }

    /** Who pays; {@code region} is set for regional budgets only. */
    public record Payer(PayerType type, String region) {
    }
}
