package id.lindung.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PoolOutlookTest {

    private static long[] every(long amount) {
        long[] months = new long[12];
        Arrays.fill(months, amount);
        return months;
    }

    private static int[] every(int count) {
        int[] months = new int[12];
        Arrays.fill(months, count);
        return months;
    }

    @Test
    void theMoneyRunsOutInTheFirstMonthWhoseCumulativeCommitmentsExceedTheAllocation() {
        // 100 participants x 2,400 = 240,000 a month; 2,000,000 lasts 8 months and runs out in September
        PoolOutlook outlook = PoolOutlook.of(2026, 2_000_000, every(240_000L), every(100), YearMonth.of(2026, 3),
                2_400);

        assertThat(outlook.runOutMonth()).isEqualTo(YearMonth.of(2026, 9));
        assertThat(outlook.monthlyRunRate()).isEqualTo(240_000);
        assertThat(outlook.additionalParticipants()).isZero();
    }

    @Test
    void aPoolThatLastsTheYearCoversMoreParticipantsForTheMonthsLeft() {
        // committed 2,880,000 of 4,000,000: headroom 1,120,000; in November 2 months are left at 2,400 each
        PoolOutlook outlook = PoolOutlook.of(2026, 4_000_000, every(240_000L), every(100), YearMonth.of(2026, 11),
                9_999);

        assertThat(outlook.runOutMonth()).isNull();
        assertThat(outlook.costPerParticipant()).isEqualTo(2_400);
        assertThat(outlook.remainingMonths()).isEqualTo(2);
        assertThat(outlook.additionalParticipants()).isEqualTo(233);
    }

    @Test
    void aNextYearPoolHasAllTwelveMonthsLeftAndAPastOneNone() {
        PoolOutlook next = PoolOutlook.of(2027, 2_880_000, new long[12], new int[12], YearMonth.of(2026, 11), 2_400);
        PoolOutlook past = PoolOutlook.of(2025, 2_880_000, new long[12], new int[12], YearMonth.of(2026, 11), 2_400);

        assertThat(next.remainingMonths()).isEqualTo(12);
        assertThat(next.additionalParticipants()).isEqualTo(100);
        assertThat(past.remainingMonths()).isZero();
        assertThat(past.additionalParticipants()).isZero();
    }

    @Test
    void withoutParticipantsInTheReferenceMonthTheAverageOfTheYearIsTheCost() {
        long[] amounts = new long[12];
        int[] counts = new int[12];
        amounts[0] = 24_000;
        counts[0] = 10;
        PoolOutlook outlook = PoolOutlook.of(2026, 100_000, amounts, counts, YearMonth.of(2026, 6), 9_999);

        assertThat(outlook.costPerParticipant()).isEqualTo(2_400);
        assertThat(outlook.monthlyRunRate()).isZero();
    }

    @Test
    void anUnfundedPoolRunsOutInItsFirstCommittedMonth() {
        long[] amounts = new long[12];
        amounts[3] = 16_800;
        PoolOutlook outlook = PoolOutlook.of(2026, 0, amounts, new int[12], YearMonth.of(2026, 2), 16_800);

        assertThat(outlook.runOutMonth()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(outlook.additionalParticipants()).isZero();
    }
}
