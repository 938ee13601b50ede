package id.lindung.platform.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.lindung.contracts.region.RegionCode;
import id.lindung.contracts.region.RegionLevel;

class RegionDirectoryTest {

    /** The configuration of a service that sets nothing. */
    private static RegionsConfig config(Path regions, Path retired) {
        return new RegionsConfig() {
            @Override
            public Optional<Path> path() {
                return Optional.ofNullable(regions);
            }

            @Override
            public Optional<Path> retiredDistrictsPath() {
                return Optional.ofNullable(retired);
            }
        };
    }

    @Test
    void withoutConfigurationTheShippedListIsLoaded() {
        RegionDirectory directory = new RegionDirectory(config(null, null));

        assertThat(directory.exists(RegionCode.of("36.03.01.2003"))).isTrue();
        assertThat(directory.exists(RegionCode.of("36.03.01.2999"))).isFalse();
        assertThat(directory.name(RegionCode.of("36.03"))).hasValue("Kabupaten Tangerang");
        assertThat(directory.atLevel(RegionLevel.REGENCY)).hasSize(514);
        assertThat(directory.atLevel(RegionLevel.VILLAGE)).hasSize(83_762);
    }

    @Test
    void aNikMayCarryACurrentOrARetiredDistrictButNoOther() {
        RegionDirectory directory = new RegionDirectory(config(null, null));

        assertThat(directory.isNikDistrict(RegionCode.of("36.03.01"))).isTrue();
        assertThat(directory.isNikDistrict(RegionCode.of("91.01.01"))).as("Merauke before Papua Selatan").isTrue();
        assertThat(directory.exists(RegionCode.of("91.01.01"))).isFalse();
        assertThat(directory.isNikDistrict(RegionCode.of("36.03.99"))).isFalse();
        assertThat(directory.isNikDistrict(RegionCode.of("36.03"))).isFalse();
    }

    @Test
    void aConfiguredListReplacesTheShippedOne(@TempDir Path dir) throws IOException {
        Path regions = Files.writeString(dir.resolve("regions.csv"), "kode,nama\n36.03,Kab. Tangerang\n36.03.77,Baru\n");
        Path retired = Files.writeString(dir.resolve("retired.csv"), "kode,nama,last_listed_in\n36.03.01,Lama,2025\n");

        RegionDirectory directory = new RegionDirectory(config(regions, retired));

        assertThat(directory.exists(RegionCode.of("36.03.77"))).isTrue();
        assertThat(directory.exists(RegionCode.of("36.03.01"))).isFalse();
        assertThat(directory.isNikDistrict(RegionCode.of("36.03.01"))).isTrue();
        assertThat(directory.isNikDistrict(RegionCode.of("91.01.01"))).isFalse();
        assertThat(directory.name(RegionCode.of("36"))).as("the provinces are always known").hasValue("Banten");
    }

    @Test
    void aConfiguredFileThatCannotBeReadStopsTheStart(@TempDir Path dir) {
        assertThatThrownBy(() -> new RegionDirectory(config(dir.resolve("missing.csv"), null)))
                .hasMessageContaining("missing.csv");
    }
}
