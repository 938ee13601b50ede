package id.lindung.contracts.programme;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The pension age (usia pensiun) of the JP programme, PP 45/2015 art. 15: 56 at first, 57 from 1 January 2019, then
 * one year more every three years (58 from 2022, 59 from 2025, ...) up to 65. A participant who has reached it on the
 * coverage date no longer joins JP: JP is refused for them, at intake and in quotes alike.
 */
public final class PensionAge {

    public static final String CITATION = "PP 45/2015 art. 15";

    private static final int FIRST_RAISE_YEAR = 2019;
    private static final int MAXIMUM = 65;

    private PensionAge() {
    }

    /** The pension age in force on the date. */
    public static int on(LocalDate date) {
        if (date.getYear() < FIRST_RAISE_YEAR) {
            return 56;
        }
        return Math.min(MAXIMUM, 57 + (date.getYear() - FIRST_RAISE_YEAR) / 3);
    }

    /**
     * Why JP is closed to a person born on {@code birthDate} on {@code date}, or empty when it is open (they are
     * younger than the pension age then).
     */
    public static Optional<String> refusesJp(LocalDate birthDate, LocalDate date) {
        int age = Period.between(birthDate, date).getYears();
        int pensionAge = on(date);
        if (age < pensionAge) {
            return Optional.empty();
        }
        return Optional.of("JP is closed at age " + age + " on " + date + ": the pension age in " + date.getYear()
                + " is " + pensionAge + " (" + CITATION + ")");
    }
}
