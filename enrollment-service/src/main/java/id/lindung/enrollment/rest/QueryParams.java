package id.lindung.enrollment.rest;

import java.util.Arrays;
import java.util.UUID;

import id.lindung.contracts.region.RegionCode;
import id.lindung.platform.problem.ProblemException;

/** Reads query and path parameters so that a bad one is a 400 problem naming it (never a bare 404). */
final class QueryParams {

    private QueryParams() {
    }

    static RegionCode region(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return RegionCode.parse(value).orElseThrow(() -> ProblemException.invalid(name,
                "must be ID or a Kemendagri code like 36, 36.03, 36.03.01 or 36.03.01.2001"));
    }

    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value.strip()))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalid(name,
                        "must be one of " + Arrays.toString(type.getEnumConstants())));
    }

    static UUID id(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }
}
