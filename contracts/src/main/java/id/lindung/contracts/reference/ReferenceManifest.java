package id.lindung.contracts.reference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SequencedMap;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The manifest beside the reference data: where the files come from (provenance keys, written by a person) and what
 * they hold (row counts per level and a SHA-256 per file, computed here). The unit test recomputes the second part
 * from the shipped files, so the manifest cannot silently stop describing them; the update tool rewrites it.
 */
public final class ReferenceManifest {

    /** The keys a person states; everything else in the manifest is computed. */
    public static final List<String> PROVENANCE = List.of("source", "source.copy", "source.year", "population.source",
            "licence", "copied");
    /** Files described, in manifest order. */
    public static final List<String> FILES = List.of(ReferenceData.REGIONS, ReferenceData.RETIRED_DISTRICTS,
            ReferenceData.POPULATION, ReferenceData.LICENCE);

    private ReferenceManifest() {
    }

    /** The manifest shipped with the data. */
    public static Properties shipped() {
        Properties manifest = new Properties();
        try (InputStream in = ReferenceData.open(ReferenceData.MANIFEST)) {
            manifest.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return manifest;
    }

    /** The bytes of a shipped file. */
    public static byte[] shippedBytes(String file) {
        try (InputStream in = ReferenceData.open(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Row counts (in all and per level) and checksums of the files, from their bytes. */
    public static SequencedMap<String, String> computed(Function<String, byte[]> contents) {
        SequencedMap<String, String> entries = new LinkedHashMap<>();
        for (String file : FILES) {
            byte[] bytes = contents.apply(file);
            if (file.endsWith(".csv")) {
                Map<String, Integer> levels = new TreeMap<>();
                List<String> codes = codes(bytes, file);
                codes.forEach(code -> levels.merge(level(code), 1, Integer::sum));
                entries.put(file + ".rows", Integer.toString(codes.size()));
                levels.forEach((level, count) -> entries.put(file + ".rows." + level, Integer.toString(count)));
            }
            entries.put(file + ".sha256", sha256(bytes));
        }
        return entries;
    }

    /** Writes a manifest: the provenance as given, then the computed entries. */
    public static void write(Path manifest, Map<String, String> provenance, Map<String, String> computed)
            throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("# Lindung reference data: where these files come from and what they hold.\n")
                .append("# Written by deploy/reference/update-regions.sh; ReferenceManifestTest fails when it stops")
                .append(" being true.\n");
        for (String key : PROVENANCE) {
            String value = provenance.get(key);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("the manifest needs " + key);
            }
            text.append(key).append('=').append(value.strip()).append('\n');
        }
        text.append("# computed: rows per level (province, regency, district, village; nation = code 0) and SHA-256\n");
        computed.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Files.writeString(manifest, text, StandardCharsets.UTF_8);
    }

    /** Level of a Kemendagri code by its form: PP, PP.KK, PP.KK.CC, PP.KK.CC.XXXX; {@code 0} is the nation. */
    static String level(String code) {
        return switch (code.length()) {
            case 1 -> "nation";
            case 2 -> "province";
            case 5 -> "regency";
            case 8 -> "district";
            case 13 -> "village";
            default -> "other";
        };
    }

    private static List<String> codes(byte[] bytes, String file) {
        try (var reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            return ReferenceData.read(reader, Code.class, file).stream().map(Code::kode).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first column of every reference CSV; the other columns are not counted. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Code(String kode) {
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
