package id.lindung.contracts.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The reference data Lindung ships on the classpath (folder {@value #FOLDER}): the Kemendagri region list (wilayah,
 * Kepmendagri 300.2.2-2430/2025), the district codes that older lists had and the current one does not, and the
 * population per province and regency/city. Provenance, licence, row counts and checksums are in
 * {@value #MANIFEST} beside the files (see {@link ReferenceManifest}); docs/operations.md says how to update them.
 */
public final class ReferenceData {

    /** Classpath folder of the files. */
    public static final String FOLDER = "/id/lindung/contracts/reference/";
    /** Kemendagri codes and names of every province, regency/city, district and village: {@code kode,nama}. */
    public static final String REGIONS = "wilayah.csv";
    /** District codes of the 2016-2023 lists missing from the current one: {@code kode,nama,last_listed_in}. */
    public static final String RETIRED_DISTRICTS = "kecamatan_retired.csv";
    /** Population of the nation ({@code 0}), each province and each regency/city: {@code kode,nama,pria,wanita,total}. */
    public static final String POPULATION = "wilayah_penduduk.csv";
    /** The MIT licence of the source the lists were taken from. */
    public static final String LICENCE = "LICENSE-wilayah.txt";
    /** Source, date, licence, row counts and SHA-256 of each file. */
    public static final String MANIFEST = "manifest.properties";

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES).build();

    /** One row of the region list. */
    public record Region(String kode, String nama) {
    }

    /** A district code that an earlier list had; a NIK issued there still carries it. */
    public record RetiredDistrict(String kode, String nama, @JsonProperty("last_listed_in") String lastListedIn) {
    }

    /** Population of one region (BPS-style totals as published with the list). */
    public record Population(String kode, String nama, long pria, long wanita, long total) {
    }

    private ReferenceData() {
    }

    /** Opens a shipped file; fails loudly when the jar lacks it (a broken build, never a configuration matter). */
    public static InputStream open(String file) {
        InputStream in = ReferenceData.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("reference data " + FOLDER + file + " is missing from the classpath");
        }
        return in;
    }

    /** The shipped region list. */
    public static List<Region> regions() {
        return read(REGIONS, Region.class);
    }

    /** A region list in the same form from a file (the {@code lindung.regions.path} override, the update tool). */
    public static List<Region> regions(Path file) {
        return read(file, Region.class);
    }

    /** The shipped retired district codes. */
    public static List<RetiredDistrict> retiredDistricts() {
        return read(RETIRED_DISTRICTS, RetiredDistrict.class);
    }

    public static List<RetiredDistrict> retiredDistricts(Path file) {
        return read(file, RetiredDistrict.class);
    }

    /** The shipped population per region. */
    public static List<Population> population() {
        return read(POPULATION, Population.class);
    }

    private static <T> List<T> read(String file, Class<T> type) {
        try (Reader reader = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            return read(reader, type, FOLDER + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data " + file, e);
        }
    }

    private static <T> List<T> read(Path file, Class<T> type) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, type, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads rows of a CSV with a header from any reader (the manifest and the update tool read bytes). */
    static <T> List<T> read(Reader reader, Class<T> type, String name) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<T> rows = new ArrayList<>();
        try (MappingIterator<T> it = CSV.readerFor(type).with(schema).readValues(reader)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " is not a " + type.getSimpleName() + " CSV: " + e.getMessage(), e);
        }
        return rows;
    }
}
