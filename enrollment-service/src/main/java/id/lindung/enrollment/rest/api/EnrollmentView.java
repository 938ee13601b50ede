package id.lindung.enrollment.rest.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;

/** An enrollment; {@code history} is filled when one enrollment is read by id. */
@Schema(name = "Enrollment")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnrollmentView(
        UUID id,
        UUID participantId,
        EnrollmentChange.Status status,
        Category category,
        Segment segment,
        Set<Programme> programmes,
        String occupation,
        @Schema(example = "36.03.01.2003") String domicileRegion,
        EnrollmentChange.Payer payer,
        @Schema(example = "1000000") long wageBase,
        Integer riskClass,
        LocalDate coverageStart,
        LocalDate coverageEnd,
        String endReason,
        @Schema(description = "Increases with every applied change") long sequence,
        OffsetDateTime lastOccurredAt,
        List<HistoryView> history) {
}
