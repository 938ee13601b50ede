package id.lindung.platform.regions;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Where the Kemendagri region list lives. The product never carries a copy of it. */
@ConfigMapping(prefix = "lindung.regions")
public interface RegionsConfig {

    /** A CSV with columns {@code kode,nama} (Kepmendagri 300.2.2-2430/2025 or later). */
    Optional<Path> path();
}
