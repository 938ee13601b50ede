package id.lindung.platform.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import id.lindung.contracts.region.RegionCode;
import id.lindung.contracts.time.DateRange;
import id.lindung.platform.problem.ProblemException;

/**
 * Query and path parameters read as text and parsed here, so that a bad value is a 400 problem naming the parameter
 * (JAX-RS answers a bare 404 for a parameter it cannot convert). An absent or blank value is empty.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static Optional<RegionCode> region(String name, String value) {
        if (isAbsent(value)) {
            return Optional.empty();
        }
        return Optional.of(RegionCode.parse(value).orElseThrow(() -> ProblemException.invalid(name,
                "must be ID or a Kemendagri code like 36, 36.03, 36.03.01 or 36.03.01.2001")));
    }

    /** An enum constant by name, case-insensitively. */
    public static <E extends Enum<E>> Optional<E> enumValue(String name, String value, Class<E> type) {
        if (isAbsent(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static Optional<Integer> year(String name, String value) {
        if (isAbsent(value)) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year < 1900 || year > 2200) {
                throw ProblemException.invalid(name, "is not a plausible year");
            }
            return Optional.of(year);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a year such as 2026");
        }
    }

    public static Optional<YearMonth> month(String name, String value) {
        if (isAbsent(value)) {
            return Optional.empty();
        }
        YearMonth month;
        try {
            month = YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a month written YYYY-MM");
        }
        if (!DateRange.contains(month)) {
            throw ProblemException.invalid(name, DateRange.VIOLATION);
        }
        return Optional.of(month);
    }

    /** A required id. */
    public static UUID uuid(String name, String value) {
        try {
            return UUID.fromString(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }

    /** An enum constant from the first of two alias parameters that is set; a bad value is named as it was sent. */
    public static <E extends Enum<E>> Optional<E> enumValue(String name, String value, String aliasName, String alias,
            Class<E> type) {
        return isAbsent(value) ? enumValue(aliasName, alias, type) : enumValue(name, value, type);
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }
}
