package id.lindung.platform.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.lindung.contracts.region.RegionCode;

/**
 * A JPQL where clause built from the optional filters of a list query: a filter left empty adds nothing, so the
 * resources pass their query parameters through as they come.
 */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** {@code field = value}, when a value is given. */
    public Where equal(String field, Object value) {
        if (value != null) {
            String param = param();
            clauses.add(field + " = :" + param);
            params.put(param, value);
        }
        return this;
    }

    /** The region and everything below it, when a region other than the nation is given. */
    public Where within(String field, RegionCode region) {
        if (region != null && !region.equals(RegionCode.NATION)) {
            String exact = param();
            params.put(exact, region.value());
            String below = param();
            params.put(below, region.value() + ".%");
            clauses.add("(" + field + " = :" + exact + " or " + field + " like :" + below + ")");
        }
        return this;
    }

    public boolean isEmpty() { return clauses.isEmpty(); }

    public String jpql() {
        return String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }

    private String param() {
        return "p" + params.size();
    }
}
