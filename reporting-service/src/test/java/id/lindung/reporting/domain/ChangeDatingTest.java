package id.lindung.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.lindung.contracts.event.EnrollmentChange.Status;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;

class ChangeDatingTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private static EnrollmentState state(Status status, LocalDate start, LocalDate end, OffsetDateTime at) {
        return new EnrollmentState(UUID.randomUUID(), UUID.randomUUID(), "36", Category.NON_ASN, Segment.PU,
                EnumSet.of(Programme.JKK), status, 1, start, end, at);
    }

    @Test
    void anActivationBelongsToTheMonthCoverageStarted() {
        EnrollmentState next = state(Status.ACTIVE, LocalDate.of(2024, 3, 15), null,
                OffsetDateTime.of(2025, 1, 10, 0, 0, 0, 0, ZoneOffset.UTC));

        assertThat(ChangeDating.monthOf(null, next, WIB)).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void anEndBelongsToTheMonthCoverageEnded() {
        OffsetDateTime at = OffsetDateTime.of(2025, 1, 10, 0, 0, 0, 0, ZoneOffset.UTC);
        EnrollmentState previous = state(Status.ACTIVE, LocalDate.of(2024, 3, 15), null, at);
        EnrollmentState next = state(Status.ENDED, LocalDate.of(2024, 3, 15), LocalDate.of(2024, 11, 30), at);

        assertThat(ChangeDating.monthOf(previous, next, WIB)).isEqualTo(LocalDate.of(2024, 11, 1));
    }

    @Test
    void aChangeIsDatedWhenItHappenedInWesternIndonesiaTimeAndNeverInTheFuture() {
        OffsetDateTime lateOnTheLastDayUtc = OffsetDateTime.of(2025, 1, 31, 20, 0, 0, 0, ZoneOffset.UTC);
        EnrollmentState previous = state(Status.ACTIVE, LocalDate.of(2024, 3, 15), null, lateOnTheLastDayUtc);
        EnrollmentState moved = state(Status.ACTIVE, LocalDate.of(2024, 3, 15), null, lateOnTheLastDayUtc);
        EnrollmentState futureStart = state(Status.ACTIVE, LocalDate.of(2025, 6, 1), null, lateOnTheLastDayUtc);

        assertThat(ChangeDating.monthOf(previous, moved, WIB)).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(ChangeDating.monthOf(null, futureStart, WIB)).isEqualTo(LocalDate.of(2025, 2, 1));
    }
}
