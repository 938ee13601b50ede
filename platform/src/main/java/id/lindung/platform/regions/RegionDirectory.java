package id.lindung.platform.regions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

import id.lindung.contracts.reference.ReferenceData;
import id.lindung.contracts.region.Provinces;
import id.lindung.contracts.region.RegionCode;
import id.lindung.contracts.region.RegionLevel;

/**
 * The Kemendagri region list (wilayah): names and the parent/child tree, loaded once at start-up from the list shipped
 * in {@code lindung-contracts} or from {@code lindung.regions.path}, and the district codes of earlier lists that a NIK
 * may still carry. A configured file that cannot be read stops the start: a service never runs on a partial list.
 */
@Startup
@ApplicationScoped
public class RegionDirectory {

    private static final Logger LOG = Logger.getLogger(RegionDirectory.class);

    private final Map<String, String> names;
    private final Map<String, List<RegionCode>> children;
    private final Map<RegionLevel, List<RegionCode>> byLevel;
    private final Set<String> retiredDistricts;

    @Inject
    public RegionDirectory(RegionsConfig config) {
        this(config.path().map(ReferenceData::regions).orElseGet(ReferenceData::regions),
                config.retiredDistrictsPath().map(ReferenceData::retiredDistricts)
                        .orElseGet(ReferenceData::retiredDistricts));
        LOG.infof("region list %s: %d regions, %d retired district codes",
                config.path().map(Path::toString).orElse("shipped (Kepmendagri 300.2.2-2430/2025)"), names.size(),
                retiredDistricts.size());
    }

    RegionDirectory(List<ReferenceData.Region> regions, List<ReferenceData.RetiredDistrict> retired) {
        Map<String, String> loaded = new HashMap<>();
        Provinces.all().forEach(loaded::put);
        for (ReferenceData.Region row : regions) {
            RegionCode.parse(row.kode()).ifPresentOrElse(code -> loaded.put(code.value(), row.nama().trim()),
                    () -> LOG.warnf("region list: skipping malformed code %s", row.kode()));
        }
        this.names = Collections.unmodifiableMap(loaded);
        this.children = childrenOf(loaded);
        this.byLevel = loaded.keySet().stream().map(RegionCode::new).sorted()
                .collect(Collectors.groupingBy(RegionCode::level, () -> new EnumMap<>(RegionLevel.class),
                        Collectors.toUnmodifiableList()));
        this.retiredDistricts = retired.stream().map(ReferenceData.RetiredDistrict::kode)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the code is the nation or is in the list. */
    public boolean exists(RegionCode code) {
        return code.equals(RegionCode.NATION) || names.containsKey(code.value());
    }

    /**
     * Whether a NIK may carry this district of first registration: a district of the current list or one an earlier
     * list had (a NIK keeps its district code for life, e.g. 91.01.01 from before Papua Selatan was formed).
     */
    public boolean isNikDistrict(RegionCode code) {
        return code.level() == RegionLevel.DISTRICT
                && (names.containsKey(code.value()) || retiredDistricts.contains(code.value()));
    }

    public Optional<String> name(RegionCode code) {
        return code.equals(RegionCode.NATION) ? Optional.of("Indonesia") : Optional.ofNullable(names.get(code.value()));
    }

    /** The known child regions, in code order. */
    public List<RegionCode> children(RegionCode code) {
        return children.getOrDefault(code.value(), List.of());
    }

    /** Every known region at a level, in code order (built once: about 84,000 villages). */
    public List<RegionCode> atLevel(RegionLevel level) {
        return byLevel.getOrDefault(level, List.of());
    }

    private static Map<String, List<RegionCode>> childrenOf(Map<String, String> names) {
        Map<String, List<RegionCode>> children = new HashMap<>();
        names.keySet().stream().map(RegionCode::new).sorted().forEach(code -> code.parent()
                .ifPresent(parent -> children.computeIfAbsent(parent.value(), key -> new ArrayList<>()).add(code)));
        return children;
    }
}
