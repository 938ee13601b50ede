package id.lindung.contracts.time;

import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * The years any date Lindung takes from outside may fall in, whatever the field: a year 0000 or +999999999 is a typo
 * or an attack, and PostgreSQL or the event schemas would refuse it later. Narrower rules (fiscal years, birth years
 * of the event schemas) apply on top.
 */
public final class DateRange {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;
    /** The reason given for a date outside the range. */
    public static final String VIOLATION = "must be a date between the years " + MIN_YEAR + " and " + MAX_YEAR;

    private DateRange() {
    }

    public static boolean contains(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** Whether a date, date-time or month lies in the range; a temporal without a year always does. */
    public static boolean contains(TemporalAccessor temporal) {
        return !temporal.isSupported(ChronoField.YEAR) || contains(temporal.get(ChronoField.YEAR));
    }
}
