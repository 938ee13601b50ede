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
        return withinAny(region, field);
    }

    /** Any of the fields lies in the region or below it (e.g. the domicile or the payer). */
    public Where withinAny(RegionCode region, String... fields) {
        if (region != null && !region.equals(RegionCode.NATION)) {
            String exact = param();
            params.put(exact, region.value());
            String below = param();
            params.put(below, region.value() + ".%");
            List<String> any = new ArrayList<>(fields.length);
            for (String field : fields) {
                any.add(field + " = :" + exact + " or " + field + " like :" + below);
            }
            clauses.add("(" + String.join(" or ", any) + ")");
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
