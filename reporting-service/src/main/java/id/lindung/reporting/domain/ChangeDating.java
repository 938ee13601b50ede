package id.lindung.reporting.domain;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which month a change belongs to in the monthly series: an activation to the month coverage started, an end to the
 * month coverage ended, anything else (a move, a change of category or programmes) to the month it happened at BPJS.
 * Never later than the month it happened, so the current month's figure always matches the live counters.
 */
public final class ChangeDating {

    private ChangeDating() {
    }

    /** The first day of the month the change from {@code previous} (null when unknown) to {@code next} belongs to. */
    public static LocalDate monthOf(EnrollmentState previous, EnrollmentState next, ZoneId zone) {
        LocalDate happened = next.occurredAt().atZoneSameInstant(zone).toLocalDate();
        LocalDate date;
        if (!next.isActive()) {
            date = next.coverageEnd() != null ? next.coverageEnd() : happened;
        } else if (previous == null || !previous.isActive()) {
            date = next.coverageStart();
        } else {
            date = happened;
        }
        return (date.isAfter(happened) ? happened : date).withDayOfMonth(1);
    }

    /** The first day of the month an enrollment started in (not later than when it became known). */
    public static LocalDate startMonthOf(EnrollmentState state, ZoneId zone) {
        LocalDate happened = state.occurredAt().atZoneSameInstant(zone).toLocalDate();
        LocalDate start = state.coverageStart();
        return (start.isAfter(happened) ? happened : start).withDayOfMonth(1);
    }
}
