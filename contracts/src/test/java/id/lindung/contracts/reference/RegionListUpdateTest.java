package id.lindung.contracts.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.lindung.contracts.reference.ReferenceData.Region;
import id.lindung.contracts.reference.ReferenceData.RetiredDistrict;

class RegionListUpdateTest {

    @TempDir
    Path folder;

    @Test
    void aNewListIsToldAsCodesAddedRenamedAndRetired() {
        var changes = RegionListUpdate.compare(
                List.of(new Region("36", "Banten"), new Region("36.03", "Kabupaten Tangerang"),
                        new Region("36.03.01", "Balaraja")),
                List.of(new Region("36", "Banten"), new Region("36.03", "Kab. Tangerang"),
                        new Region("36.03.99", "Baru")));

        assertThat(changes.added()).containsOnlyKeys("36.03.99");
        assertThat(changes.renamed()).containsOnlyKeys("36.03");
        assertThat(changes.renamed().get("36.03")).containsExactly("Kabupaten Tangerang", "Kab. Tangerang");
        assertThat(changes.retired()).containsOnlyKeys("36.03.01");
    }

    @Test
    void writingTakesTheListInRetiresItsDroppedDistrictsAndKeepsTheManifestTrue() throws IOException {
        for (String file : ReferenceManifest.FILES) {
            Files.write(folder.resolve(file), ReferenceManifest.shippedBytes(file));
        }
        Files.write(folder.resolve(ReferenceData.MANIFEST), ReferenceManifest.shippedBytes(ReferenceData.MANIFEST));
        // the new list drops one district (and its villages) and renames a village
        List<String> lines = Files.readAllLines(folder.resolve(ReferenceData.REGIONS));
        Path candidate = folder.resolve("new.csv");
        Files.write(candidate, lines.stream().filter(line -> !line.startsWith("36.03.01"))
                .map(line -> line.startsWith("36.04.05.2001,") ? "36.04.05.2001,Nama Baru" : line).toList());

        String printed = run(folder.toString(), candidate.toString(), "--write", "--source", "Kepmendagri X/2027",
                "--source-year", "2027", "--copied", "2027-06-01");

        assertThat(printed).contains("retired  36.03.01 ", "renamed  36.04.05.2001 ", "-> Nama Baru", "added 0,");
        assertThat(ReferenceData.retiredDistricts(folder.resolve(ReferenceData.RETIRED_DISTRICTS)))
                .contains(new RetiredDistrict("36.03.01", ReferenceData.regions().stream()
                        .filter(region -> region.kode().equals("36.03.01")).findFirst().orElseThrow().nama(), "2025"))
                .hasSize(ReferenceData.retiredDistricts().size() + 1);
        Properties manifest = new Properties();
        manifest.load(Files.newBufferedReader(folder.resolve(ReferenceData.MANIFEST)));
        assertThat(manifest.getProperty("source")).isEqualTo("Kepmendagri X/2027");
        assertThat(manifest.getProperty("copied")).isEqualTo("2027-06-01");
        assertThat(manifest.getProperty("licence")).isEqualTo(ReferenceManifest.shipped().getProperty("licence"));
        ReferenceManifest.computed(file -> bytes(folder.resolve(file)))
                .forEach((key, value) -> assertThat(manifest.getProperty(key)).as(key).isEqualTo(value));
        assertThat(manifest.getProperty("wilayah.csv.rows.district")).isEqualTo("7284");
    }

    @Test
    void withoutWriteNothingChanges() throws IOException {
        for (String file : List.of(ReferenceData.REGIONS, ReferenceData.MANIFEST)) {
            Files.write(folder.resolve(file), ReferenceManifest.shippedBytes(file));
        }
        Path candidate = folder.resolve("same.csv");
        Files.write(candidate, ReferenceManifest.shippedBytes(ReferenceData.REGIONS));

        assertThat(run(folder.toString(), candidate.toString())).startsWith("added 0, renamed 0, retired 0")
                .contains("nothing written");
        assertThat(Files.readAllBytes(folder.resolve(ReferenceData.MANIFEST)))
                .isEqualTo(ReferenceManifest.shippedBytes(ReferenceData.MANIFEST));
    }

    private static String run(String... args) throws IOException {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            RegionListUpdate.main(args);
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
