package id.lindung.reporting.rest;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import id.lindung.platform.problem.ProblemException;

/** Query parameters read by hand so that a bad value is a 400 naming the parameter (not JAX-RS' bare 404). */
final class Params {

    private Params() {
    }

    static <E extends Enum<E>> Optional<E> enumOf(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static Optional<YearMonth> month(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a month written YYYY-MM");
        }
    }
}
