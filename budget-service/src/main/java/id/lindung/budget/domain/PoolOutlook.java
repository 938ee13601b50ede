package id.lindung.budget.domain;

import java.time.YearMonth;

/**
 * What a pool's running sums say about the rest of its fiscal year: the month its allocation runs out at the current
 * run rate and how many more participants the headroom could pay for. Pure arithmetic over the 12 monthly sums; nothing
 * here reads enrollments.
 *
 * @param runOutMonth the first month whose cumulative commitments exceed the allocation, {@code null} when the money
 *        lasts the year
 * @param monthlyRunRate the commitments of the reference month (the current month of the fiscal year, January for a
 *        future year, December for a past one)
 * @param costPerParticipant the monthly contribution of one participant of the pool, from its own participants when it
 *        has any, otherwise the reference cost given
 * @param remainingMonths months left in the fiscal year, counting the current one
 * @param additionalParticipants how many more participants the headroom covers for the remaining months
 */
public record PoolOutlook(YearMonth runOutMonth, long monthlyRunRate, long costPerParticipant, int remainingMonths,
        long additionalParticipants) {

    /**
     * @param today the current month; decides the reference month and the months remaining
     * @param referenceCost the monthly contribution of a typical participant, used when the pool has none of its own
     */
    public static PoolOutlook of(int fiscalYear, long allocated, long[] committedByMonth, int[] participantsByMonth,
            YearMonth today, long referenceCost) {
        YearMonth runOut = null;
        long cumulative = 0;
        for (int month = 1; month <= 12; month++) {
            cumulative += committedByMonth[month - 1];
            if (cumulative > allocated) {
                runOut = YearMonth.of(fiscalYear, month);
                break;
            }
        }
        int reference;
        int remaining;
        if (fiscalYear > today.getYear()) {
            reference = 1;
            remaining = 12;
        } else if (fiscalYear < today.getYear()) {
            reference = 12;
            remaining = 0;
        } else {
            reference = today.getMonthValue();
            remaining = 12 - today.getMonthValue() + 1;
        }
        long runRate = committedByMonth[reference - 1];
        long cost = costPerParticipant(committedByMonth, participantsByMonth, reference, referenceCost);
        long committed = 0;
        for (long amount : committedByMonth) {
            committed += amount;
        }
        long headroom = allocated - committed;
        long additional = headroom > 0 && remaining > 0 && cost > 0 ? headroom / (cost * remaining) : 0;
        return new PoolOutlook(runOut, runRate, cost, remaining, additional);
    }

    private static long costPerParticipant(long[] committedByMonth, int[] participantsByMonth, int reference,
            long referenceCost) {
        if (participantsByMonth[reference - 1] > 0) {
            return ceilDiv(committedByMonth[reference - 1], participantsByMonth[reference - 1]);
        }
        long amount = 0;
        long participantMonths = 0;
        for (int month = 0; month < 12; month++) {
            amount += committedByMonth[month];
            participantMonths += participantsByMonth[month];
        }
        return participantMonths > 0 ? ceilDiv(amount, participantMonths) : referenceCost;
    }

    private static long ceilDiv(long amount, long count) {
        return (amount + count - 1) / count;
    }
}
