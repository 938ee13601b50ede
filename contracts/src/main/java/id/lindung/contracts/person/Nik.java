package id.lindung.contracts.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import id.lindung.contracts.region.Provinces;

/**
 * Nomor Induk Kependudukan: 16 digits = district of first registration (6) + birth date DDMMYY, day + 40 for women + a
 * 4-digit serial. There is no check digit, so validation is about structure and agreement with the record.
 * <p>
 * A NIK is personal data (UU 27/2022): {@link #toString()} never prints it, use {@link #masked()} in anything that
 * leaves enrollment-service's storage.
 */
public final class Nik {

    private final String digits;

    private Nik(String digits) {
        this.digits = digits;
    }

    /**
     * Checks a NIK on its own: 16 digits, a known province, a real birth date, a non-zero serial. Answers every
     * problem found (empty when valid).
     */
    public static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        if (text == null || !text.matches("\\d{16}")) {
            problems.add("must be exactly 16 digits");
            return problems;
        }
        if (!Provinces.isKnown(text.substring(0, 2))) {
            problems.add("province part (digits 1-2) is not a known province");
        }
        if (text.substring(2, 4).equals("00") || text.substring(4, 6).equals("00")) {
            problems.add("district part must not be 00");
        }
        if (birthDateOf(text, LocalDate.now()) == null) {
            problems.add("birth date part (digits 7-12) is not a real date");
        }
        if (text.endsWith("0000")) {
            problems.add("serial part must not be 0000");
        }
        return problems;
    }

    /** Parses a NIK, throwing with the first problem when it is not valid. */
    public static Nik of(String text) {
        List<String> problems = problems(text);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid NIK: " + problems.get(0));
        }
        return new Nik(text);
    }

    public String digits() {
        return digits;
    }

    /** The six-digit district code of first registration, e.g. {@code 360301} for 36.03.01. */
    public String districtDigits() {
        return digits.substring(0, 6);
    }

    /** The district of first registration in Kemendagri form, e.g. {@code 36.03.01}. */
    public String districtCode() {
        return digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6);
    }

    public Sex sex() {
        return Integer.parseInt(digits.substring(6, 8)) > 40 ? Sex.FEMALE : Sex.MALE;
    }

    /**
     * The birth date. The NIK holds a two-digit year: the century is the latest one that does not put the birth in
     * the future.
     */
    public LocalDate birthDate() {
        return birthDateOf(digits, LocalDate.now());
    }

    /** The birth date encoded in the NIK, seen from {@code today}; null when the digits are not a real date. */
    static LocalDate birthDateOf(String digits, LocalDate today) {
        int day = Integer.parseInt(digits.substring(6, 8));
        int month = Integer.parseInt(digits.substring(8, 10));
        int yy = Integer.parseInt(digits.substring(10, 12));
        if (day > 40) {
            day -= 40;
        }
        int year = 2000 + yy;
        if (year > today.getYear()) {
            year -= 100;
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            return date.isAfter(today) ? date.minusYears(100) : date;
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    /** First 6 and last 2 digits shown: {@code 360301**********01}-style masking for readers without NIK rights. */
    public static String mask(String digits) {
        if (digits == null || digits.length() < 8) {
            return "****";
        }
        return digits.substring(0, 6) + "*".repeat(digits.length() - 8) + digits.substring(digits.length() - 2);
    }

    public String masked() {
        return mask(digits);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Nik nik && nik.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    /** Masked on purpose: a NIK must never reach a log line by accident. */
    @Override
    public String toString() {
        return masked();
    }
}
