package id.lindung.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DoubleFundingTest {

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void twoOpenEndedEnrollmentsOverlapFromTheLaterStartMonthOnwards() {
        assertThat(DoubleFunding.overlap(d("2025-01-01"), null, d("2025-03-15"), null))
                .contains(new DoubleFunding.Overlap(d("2025-03-01"), null));
    }

    @Test
    void periodsSharingOnlyOneCalendarMonthOverlapForThatMonth() {
        assertThat(DoubleFunding.overlap(d("2025-01-01"), d("2025-03-10"), d("2025-03-20"), null))
                .contains(new DoubleFunding.Overlap(d("2025-03-01"), d("2025-03-31")));
    }

    @Test
    void consecutiveMonthsDoNotOverlap() {
        assertThat(DoubleFunding.overlap(d("2025-01-01"), d("2025-02-28"), d("2025-03-01"), null)).isEmpty();
        assertThat(DoubleFunding.overlap(d("2025-06-01"), null, d("2025-01-01"), d("2025-05-31"))).isEmpty();
    }
}
