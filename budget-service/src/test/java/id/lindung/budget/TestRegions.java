package id.lindung.budget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import id.lindung.devstack.RepoRoot;

/**
 * Real Kemendagri codes from the region list the service loads, handed out so that no two tests of a JVM share a
 * regency: each test works in its own funding pools.
 */
public final class TestRegions {

    /** A regency/city with some of its villages. */
    public record Regency(String code, String province, List<String> desa, List<String> kelurahan) {
    }

    private static final List<Regency> REGENCIES = load();
    private static int next;

    private TestRegions() {
    }

    /** A regency/city no other test of this JVM has used, with at least two desa (villages with an APBDes). */
    public static synchronized Regency regency() {
        return REGENCIES.get(next++);
    }

    private static List<Regency> load() {
        Path file = RepoRoot.regionsFile(RepoRoot.find())
                .orElseThrow(() -> new IllegalStateException("the tests need ../shared/data/wilayah.csv"));
        Map<String, List<String>> desa = new TreeMap<>();
        Map<String, List<String>> kelurahan = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String code = line.split(",", 2)[0].trim();
                if (code.length() == 5 && code.charAt(2) == '.') {
                    desa.putIfAbsent(code, new ArrayList<>());
                    kelurahan.putIfAbsent(code, new ArrayList<>());
                } else if (code.length() == 13) {
                    String regency = code.substring(0, 5);
                    (code.charAt(9) == '1' ? kelurahan : desa).computeIfAbsent(regency, key -> new ArrayList<>())
                            .add(code);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Regency> regencies = new ArrayList<>();
        desa.forEach((code, villages) -> {
            if (villages.size() >= 2 && !kelurahan.getOrDefault(code, List.of()).isEmpty()) {
                regencies.add(new Regency(code, code.substring(0, 2), List.copyOf(villages),
                        List.copyOf(kelurahan.get(code))));
            }
        });
        Collections.shuffle(regencies, new Random());
        return regencies;
    }
}
