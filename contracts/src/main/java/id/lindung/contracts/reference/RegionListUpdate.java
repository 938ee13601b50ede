package id.lindung.contracts.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import id.lindung.contracts.reference.ReferenceData.Region;
import id.lindung.contracts.reference.ReferenceData.RetiredDistrict;

/**
 * Compares a new Kemendagri list with the one in the repository and prints the codes added, renamed (same code, new
 * name) and retired. With {@code --write} it also takes the new list in: replaces {@code wilayah.csv}, adds the
 * retired districts to {@code kecamatan_retired.csv} (a NIK keeps its district code for life) and rewrites the
 * manifest. Run through {@code deploy/reference/update-regions.sh}; the procedure is in docs/operations.md.
 */
public final class RegionListUpdate {

    private static final String USAGE = """
            usage: update-regions.sh NEW_WILAYAH_CSV [--write --source TEXT --source-year YYYY [--source-copy TEXT]
                                                      [--copied YYYY-MM-DD]]
              compares NEW_WILAYAH_CSV (kode,nama) with the shipped list and prints added, renamed and retired codes;
              --write takes it in (wilayah.csv, kecamatan_retired.csv, manifest.properties)""";

    /** What changed between two lists, each map in code order. */
    record Changes(Map<String, String> added, Map<String, String[]> renamed, Map<String, String> retired) {
    }

    private RegionListUpdate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println(USAGE);
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        Path candidate = Path.of(args[1]);
        Map<String, String> options = options(args);
        Changes changes = compare(ReferenceData.regions(folder.resolve(ReferenceData.REGIONS)),
                ReferenceData.regions(candidate));
        print(changes);
        if (options.containsKey("write")) {
            write(folder, candidate, changes, options);
        } else {
            System.out.println("nothing written (add --write --source ... --source-year ... to take the new list in)");
        }
    }

    static Changes compare(List<Region> current, List<Region> candidate) {
        Map<String, String> before = byCode(current);
        Map<String, String> after = byCode(candidate);
        Map<String, String> added = new TreeMap<>();
        Map<String, String[]> renamed = new TreeMap<>();
        Map<String, String> retired = new TreeMap<>();
        after.forEach((code, name) -> {
            String old = before.get(code);
            if (old == null) {
                added.put(code, name);
            } else if (!old.equals(name)) {
                renamed.put(code, new String[]{old, name});
            }
        });
        before.forEach((code, name) -> {
            if (!after.containsKey(code)) {
                retired.put(code, name);
            }
        });
        return new Changes(added, renamed, retired);
    }

    private static void print(Changes changes) {
        System.out.printf("added %d, renamed %d, retired %d%n", changes.added().size(), changes.renamed().size(),
                changes.retired().size());
        changes.added().forEach((code, name) -> System.out.printf("added    %s %s%n", code, name));
        changes.renamed().forEach((code, names) -> System.out.printf("renamed  %s %s -> %s%n", code, names[0],
                names[1]));
        changes.retired().forEach((code, name) -> System.out.printf("retired  %s %s%n", code, name));
    }

    private static void write(Path folder, Path candidate, Changes changes, Map<String, String> options)
            throws IOException {
        Properties manifest = new Properties();
        try (var reader = Files.newBufferedReader(folder.resolve(ReferenceData.MANIFEST), StandardCharsets.UTF_8)) {
            manifest.load(reader);
        }
        Map<String, String> provenance = new LinkedHashMap<>();
        ReferenceManifest.PROVENANCE.forEach(key -> provenance.put(key, manifest.getProperty(key)));
        for (String required : List.of("source", "source-year")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("--write needs --" + required + " (the decree the new list follows)");
            }
        }
        String previousYear = manifest.getProperty("source.year");
        provenance.put("source", options.get("source"));
        provenance.put("source.year", options.get("source-year"));
        provenance.computeIfPresent("source.copy", (key, value) -> options.getOrDefault("source-copy", value));
        provenance.put("copied", options.getOrDefault("copied", LocalDate.now().toString()));

        Files.copy(candidate, folder.resolve(ReferenceData.REGIONS), StandardCopyOption.REPLACE_EXISTING);
        retire(folder.resolve(ReferenceData.RETIRED_DISTRICTS), changes, byCode(ReferenceData.regions(candidate)),
                previousYear);
        ReferenceManifest.write(folder.resolve(ReferenceData.MANIFEST), provenance,
                ReferenceManifest.computed(file -> read(folder.resolve(file))));
        System.out.println("written: " + ReferenceData.REGIONS + ", " + ReferenceData.RETIRED_DISTRICTS + ", "
                + ReferenceData.MANIFEST + " in " + folder);
    }

    /**
     * Adds the districts the new list drops (last listed in the previous list's year) and removes those it lists
     * again; keeps the file's own line endings.
     */
    private static void retire(Path file, Changes changes, Map<String, String> current, String previousYear)
            throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        Map<String, RetiredDistrict> retired = new TreeMap<>();
        ReferenceData.retiredDistricts(file).forEach(district -> retired.put(district.kode(), district));
        changes.retired().forEach((code, name) -> {
            if (ReferenceManifest.level(code).equals("district")) {
                retired.put(code, new RetiredDistrict(code, name, previousYear));
            }
        });
        retired.keySet().removeIf(current::containsKey);
        List<String> lines = new ArrayList<>();
        lines.add("kode,nama,last_listed_in");
        retired.values().forEach(district -> lines.add(district.kode() + "," + csv(district.nama()) + ","
                + district.lastListedIn()));
        Files.writeString(file, String.join(newline, lines) + newline, StandardCharsets.UTF_8);
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static Map<String, String> byCode(List<Region> regions) {
        Map<String, String> byCode = new TreeMap<>();
        regions.forEach(region -> byCode.put(region.kode(), region.nama()));
        return byCode;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i] + "\n" + USAGE);
            }
            String name = args[i].substring(2);
            if (name.equals("write")) {
                options.put(name, "");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value\n" + USAGE);
            }
        }
        return options;
    }
}
