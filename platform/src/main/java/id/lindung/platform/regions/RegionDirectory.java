package id.lindung.platform.regions;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.quarkus.runtime.Startup;

import id.lindung.contracts.region.Provinces;
import id.lindung.contracts.region.RegionCode;
import id.lindung.contracts.region.RegionLevel;

/**
 * The Kemendagri region list (wilayah): names and the parent/child tree, loaded once at start-up from the configured
 * CSV. Without a list only the 38 provinces are known and finer codes are accepted on their form alone; the service
 * says so when it starts.
 */
@Startup
@ApplicationScoped
public class RegionDirectory {

    private static final Logger LOG = Logger.getLogger(RegionDirectory.class);

    /** One row of the list. */
    public record Row(String kode, String nama) {
    }

    private final Map<String, String> names;
    private final Map<String, List<RegionCode>> children;
    private final boolean complete;

    @Inject
    public RegionDirectory(RegionsConfig config) {
        Map<String, String> loaded = new HashMap<>();
        Provinces.all().forEach(loaded::put);
        boolean fromFile = false;
        if (config.path().isPresent()) {
            Path path = config.path().get();
            if (Files.isReadable(path)) {
                read(path, loaded);
                fromFile = true;
                LOG.infof("region list %s: %d regions", path, loaded.size());
            } else {
                LOG.warnf("region list %s is not readable: only the 38 provinces are known, finer codes are checked"
                        + " for form only", path);
            }
        } else {
            LOG.warn("no region list configured (lindung.regions.path): only the 38 provinces are known, finer codes"
                    + " are checked for form only");
        }
        this.names = Collections.unmodifiableMap(loaded);
        this.complete = fromFile;
        this.children = childrenOf(loaded);
    }

    /** Whether a full list was loaded (and so finer codes are checked for existence). */
    public boolean isComplete() {
        return complete;
    }

    /** Whether the code exists; without a full list, any well-formed code below a known province does. */
    public boolean exists(RegionCode code) {
        if (code.equals(RegionCode.NATION) || names.containsKey(code.value())) {
            return true;
        }
        return !complete && code.provinceDigits().map(Provinces::isKnown).orElse(false);
    }

    public Optional<String> name(RegionCode code) {
        return code.equals(RegionCode.NATION) ? Optional.of("Indonesia") : Optional.ofNullable(names.get(code.value()));
    }

    /** The known child regions, in code order. */
    public List<RegionCode> children(RegionCode code) {
        return children.getOrDefault(code.value(), List.of());
    }

    /** Every known region at a level, in code order. */
    public List<RegionCode> atLevel(RegionLevel level) {
        return names.keySet().stream().map(RegionCode::new).filter(code -> code.level() == level).sorted().toList();
    }

    private static void read(Path path, Map<String, String> into) {
        CsvMapper csv = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (Reader reader = Files.newBufferedReader(path);
                MappingIterator<Row> rows = csv.readerFor(Row.class).with(schema).readValues(reader)) {
            while (rows.hasNext()) {
                Row row = rows.next();
                RegionCode.parse(row.kode()).ifPresentOrElse(code -> into.put(code.value(), row.nama().trim()),
                        () -> LOG.warnf("region list %s: skipping malformed code %s", path, row.kode()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the region list " + path, e);
        }
    }

    private static Map<String, List<RegionCode>> childrenOf(Map<String, String> names) {
        Map<String, List<RegionCode>> children = new HashMap<>();
        names.keySet().stream().map(RegionCode::new).sorted().forEach(code -> code.parent()
                .ifPresent(parent -> children.computeIfAbsent(parent.value(), key -> new ArrayList<>()).add(code)));
        return children;
    }
}
