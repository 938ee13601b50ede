package id.lindung.budget.rest;

import java.util.Arrays;
import java.util.stream.Collectors;

import id.lindung.contracts.region.RegionCode;
import id.lindung.platform.problem.ProblemException;

/**
 * Query parameters read as text and parsed here, so that a bad value is a 400 naming the parameter (JAX-RS would
 * answer 404 for a query parameter it cannot convert).
 */
final class QueryParams {

    private QueryParams() {
    }

    static RegionCode region(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return RegionCode.parse(value).orElseThrow(() -> ProblemException.invalid(name,
                "is not a Kemendagri region code (e.g. 36, 36.03, 36.03.01, 36.03.01.2001, or ID)"));
    }

    static <E extends Enum<E>> E enumeration(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static Integer year(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year < 1900 || year > 2200) {
                throw ProblemException.invalid(name, "is not a plausible year");
            }
            return year;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a year such as 2026");
        }
    }

    /** The first of two alias parameters that is set. */
    static String either(String value, String alias) {
        return value != null && !value.isBlank() ? value : alias;
    }
}
