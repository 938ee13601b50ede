package id.lindung.reporting.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.event.EnrollmentChange.Status;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;

/**
 * The last applied state of one enrollment: only what the reports need, no personal data (no NIK, no name, no sex
 * or birth year).
 */
public record EnrollmentState(UUID enrollmentId, UUID participantId, String region, Category category,
        Segment segment, Set<Programme> programmes, Status status, long sequence, LocalDate coverageStart,
        LocalDate coverageEnd, OffsetDateTime occurredAt) {

    public static EnrollmentState of(EnrollmentChange change) {
        return new EnrollmentState(UUID.fromString(change.enrollmentId()), UUID.fromString(change.participantId()),
                change.domicileRegion(), change.category(), change.segment(), EnumSet.copyOf(change.programmes()),
                change.status(), change.sequence(), change.coverageStart(), change.coverageEnd(),
                change.occurredAt());
    }

    public boolean isActive() { return status == Status.ACTIVE; }

    /** The programmes as stored: names in declaration order, comma-separated. */
    public String programmesText() {
        return programmes.stream().sorted().map(Programme::name).collect(Collectors.joining(","));
    }

    public static Set<Programme> programmesOf(String text) {
        Set<Programme> programmes = EnumSet.noneOf(Programme.class);
        if (!text.isEmpty()) {
            Arrays.stream(text.split(",")).map(Programme::valueOf).forEach(programmes::add);
        }
        return programmes;
    }
}
