package id.lindung.budget;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import id.lindung.contracts.reference.ReferenceData;

/**
 * Real Kemendagri codes from the region list the service loads (the one shipped in lindung-contracts), handed out so
 * that no two tests of a JVM share a regency: each test works in its own funding pools.
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
        Map<String, List<String>> desa = new TreeMap<>();
        Map<String, List<String>> kelurahan = new TreeMap<>();
        for (ReferenceData.Region region : ReferenceData.regions()) {
            String code = region.kode();
            if (code.length() == 5) {
                desa.putIfAbsent(code, new ArrayList<>());
                kelurahan.putIfAbsent(code, new ArrayList<>());
            } else if (code.length() == 13) {
                String regency = code.substring(0, 5);
                (code.charAt(9) == '1' ? kelurahan : desa).computeIfAbsent(regency, key -> new ArrayList<>())
                        .add(code);
            }
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
