package id.lindung.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.lindung.contracts.event.EnrollmentChange.Status;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;

class ContributionTest {

    private static final UUID PARTICIPANT = UUID.randomUUID();

    private static EnrollmentState enrollment(String region, LocalDate start, Status status, Programme... programmes) {
        return new EnrollmentState(UUID.randomUUID(), PARTICIPANT, region, Category.NON_ASN, Segment.PU,
                EnumSet.of(programmes[0], programmes), status, 1, start, null, OffsetDateTime.now());
    }

    @Test
    void aParticipantWithoutActiveEnrollmentsContributesNothing() {
        assertThat(Contribution.of(List.of())).isEmpty();
        assertThat(Contribution.of(List.of(enrollment("36.03", LocalDate.of(2025, 1, 1), Status.ENDED,
                Programme.JKK)))).isEmpty();
    }

    @Test
    void aParticipantPaidForTwiceCountsOnceWhereTheLatestEnrollmentPutsThemWithTheProgrammesOfBoth() {
        EnrollmentState older = enrollment("36.03", LocalDate.of(2024, 1, 1), Status.ACTIVE, Programme.JKK,
                Programme.JKM);
        EnrollmentState newer = enrollment("36.04", LocalDate.of(2025, 1, 1), Status.ACTIVE, Programme.JHT);

        Contribution contribution = Contribution.of(List.of(older, newer)).orElseThrow();

        assertThat(contribution.region()).isEqualTo("36.04");
        assertThat(contribution.programmes()).containsExactlyInAnyOrder(Programme.JKK, Programme.JKM, Programme.JHT);
        assertThat(Contribution.of(List.of(newer, older))).contains(contribution);
    }

    @Test
    void anEndedEnrollmentNoLongerLendsItsProgrammes() {
        EnrollmentState active = enrollment("36.03", LocalDate.of(2024, 1, 1), Status.ACTIVE, Programme.JKK);
        EnrollmentState ended = enrollment("36.04", LocalDate.of(2025, 1, 1), Status.ENDED, Programme.JHT);

        assertThat(Contribution.of(List.of(active, ended)))
                .contains(new Contribution("36.03", Category.NON_ASN, Segment.PU, EnumSet.of(Programme.JKK)));
    }
}
