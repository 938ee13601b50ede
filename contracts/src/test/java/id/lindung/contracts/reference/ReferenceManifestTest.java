package id.lindung.contracts.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class ReferenceManifestTest {

    private final Properties manifest = ReferenceManifest.shipped();

    @Test
    void theManifestStatesTheRowCountsAndChecksumsOfTheShippedFiles() {
        Map<String, String> stated = new TreeMap<>();
        manifest.stringPropertyNames().stream().filter(key -> !ReferenceManifest.PROVENANCE.contains(key))
                .forEach(key -> stated.put(key, manifest.getProperty(key)));

        assertThat(stated).isEqualTo(new TreeMap<>(ReferenceManifest.computed(ReferenceManifest::shippedBytes)));
    }

    @Test
    void theManifestStatesSourceDateAndLicence() {
        ReferenceManifest.PROVENANCE
                .forEach(key -> assertThat(manifest.getProperty(key)).as(key).isNotBlank());
        assertThat(manifest.getProperty("source")).contains("Kepmendagri 300.2.2-2430/2025");
        assertThat(manifest.getProperty("copied")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(manifest.getProperty("licence")).contains("MIT").contains(ReferenceData.LICENCE);
        assertThat(new String(ReferenceManifest.shippedBytes(ReferenceData.LICENCE))).startsWith("MIT License");
    }

    @Test
    void theShippedListHasTheCountsOfKepmendagri2430Of2025() {
        assertThat(manifest.getProperty("wilayah.csv.rows.province")).isEqualTo("38");
        assertThat(manifest.getProperty("wilayah.csv.rows.regency")).isEqualTo("514");
        assertThat(manifest.getProperty("wilayah.csv.rows.district")).isEqualTo("7285");
        assertThat(manifest.getProperty("wilayah.csv.rows.village")).isEqualTo("83762");
        assertThat(manifest.getProperty("wilayah.csv.rows.other")).isNull();
    }

    @Test
    void aChangedByteChangesTheChecksum() {
        byte[] changed = ReferenceManifest.shippedBytes(ReferenceData.LICENCE).clone();
        changed[0] ^= 1;
        assertThat(ReferenceManifest.sha256(changed)).isNotEqualTo(manifest.getProperty("LICENSE-wilayah.txt.sha256"));
    }
}
