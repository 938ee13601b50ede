package id.lindung.reporting.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.lindung.contracts.programme.Category;

/**
 * A region's potential (target population) per category for one year, its total, and where it comes from: posted for
 * the region itself, summed from its children's, or unknown. The total is the sum of the categories unless the region
 * published a smaller one (workers counted in two categories).
 */
public record Potential(Map<Category, Long> byCategory, Long totalPotential, Source source) {

    @Schema(name = "PotentialSource")
    public enum Source {
        /** Posted for this region (PUT /api/v1/targets/{region}/{year}). */
        POSTED,
        /** Not posted for this region: the sum of its children's potential. */
        CHILDREN,
        /** Neither this region nor any region within it has a target for the year. */
        NONE
    }

    public static final Potential NONE = new Potential(Map.of(), null, Source.NONE);

    public Potential {
        byCategory = Collections.unmodifiableMap(byCategory.isEmpty() ? Map.of() : new EnumMap<>(byCategory));
    }

    /** The total over categories, empty when unknown. */
    public Optional<Long> total() {
        if (source == Source.NONE) {
            return Optional.empty();
        }
        return Optional.of(totalPotential != null
                ? totalPotential
                : byCategory.values().stream().mapToLong(Long::longValue).sum());
    }

    /** One category's potential, empty when no figure covers it. */
    public Optional<Long> of(Category category) {
        return Optional.ofNullable(byCategory.get(category));
    }

    /** Active out of potential in percent ({@link Percent}: two decimals, half up); empty without a positive potential. */
    public static Optional<Double> coveragePercent(long active, Optional<Long> potential) {
        return potential.flatMap(value -> Percent.of(active, value));
    }
}
