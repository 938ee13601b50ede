package id.lindung.platform.regions;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * Where the Kemendagri reference data comes from. By default the copy shipped in {@code lindung-contracts}
 * (Kepmendagri 300.2.2-2430/2025); a path here replaces it, e.g. to run a newer list before a release ships it.
 */
@ConfigMapping(prefix = "lindung.regions")
public interface RegionsConfig {

    /** A CSV with columns {@code kode,nama} in place of the shipped region list. */
    Optional<Path> path();

    /** A CSV with columns {@code kode,nama,last_listed_in} in place of the shipped retired district codes. */
    Optional<Path> retiredDistrictsPath();
}
