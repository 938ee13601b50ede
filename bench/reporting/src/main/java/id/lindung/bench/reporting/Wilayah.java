package id.lindung.bench.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import id.lindung.contracts.reference.ReferenceData;

/**
 * The Kemendagri region list and regency populations, indexed for generating data: every region has an index, every
 * village knows the indexes of its lineage, and villages are drawn with regency population as the weight.
 */
final class Wilayah {

    final List<String> codes = new ArrayList<>();
    final Map<String, Integer> index = new HashMap<>();
    /** Per village: the indexes of village, district, regency, province and nation. */
    final List<int[]> villageLineage = new ArrayList<>();
    final List<String> villages = new ArrayList<>();
    final List<String> districts = new ArrayList<>();
    final List<String> regencies = new ArrayList<>();
    final List<String> provinces = new ArrayList<>();
    /** Regency code to its villages (indexes into {@link #villages}). */
    final Map<String, List<Integer>> villagesOfRegency = new LinkedHashMap<>();
    final Map<String, Long> regencyPopulation = new LinkedHashMap<>();
    private double[] cumulativeWeight;
    private List<String> weightedRegencies;

    /** From the list and population shipped in lindung-contracts. */
    static Wilayah load() {
        Wilayah wilayah = new Wilayah();
        wilayah.add("ID");
        for (ReferenceData.Region region : ReferenceData.regions()) {
            String code = region.kode();
            wilayah.add(code);
            switch (code.length()) {
                case 2 -> wilayah.provinces.add(code);
                case 5 -> wilayah.regencies.add(code);
                case 8 -> wilayah.districts.add(code);
                default -> wilayah.villages.add(code);
            }
        }
        for (String village : wilayah.villages) {
            int[] lineage = {wilayah.index.get(village), wilayah.index.get(village.substring(0, 8)),
                    wilayah.index.get(village.substring(0, 5)), wilayah.index.get(village.substring(0, 2)),
                    wilayah.index.get("ID")};
            wilayah.villageLineage.add(lineage);
            wilayah.villagesOfRegency.computeIfAbsent(village.substring(0, 5), key -> new ArrayList<>())
                    .add(wilayah.villageLineage.size() - 1);
        }
        for (ReferenceData.Population region : ReferenceData.population()) {
            if (region.kode().length() == 5 && wilayah.villagesOfRegency.containsKey(region.kode())) {
                wilayah.regencyPopulation.put(region.kode(), region.total());
            }
        }
        wilayah.weightedRegencies = new ArrayList<>(wilayah.regencyPopulation.keySet());
        wilayah.cumulativeWeight = new double[wilayah.weightedRegencies.size()];
        double sum = 0;
        for (int i = 0; i < wilayah.weightedRegencies.size(); i++) {
            sum += wilayah.regencyPopulation.get(wilayah.weightedRegencies.get(i));
            wilayah.cumulativeWeight[i] = sum;
        }
        for (int i = 0; i < wilayah.cumulativeWeight.length; i++) {
            wilayah.cumulativeWeight[i] /= sum;
        }
        return wilayah;
    }

    private void add(String code) {
        if (!index.containsKey(code)) {
            index.put(code, codes.size());
            codes.add(code);
        }
    }

    /** A village (index into {@link #villages}) drawn with its regency's population as the weight. */
    int randomVillage(Random random) {
        int at = java.util.Arrays.binarySearch(cumulativeWeight, random.nextDouble());
        String regency = weightedRegencies.get(at >= 0 ? at : Math.min(-at - 1, weightedRegencies.size() - 1));
        List<Integer> candidates = villagesOfRegency.get(regency);
        return candidates.get(random.nextInt(candidates.size()));
    }

    static String parentOf(String code) {
        if (code.equals("ID")) {
            return null;
        }
        return code.length() == 2 ? "ID" : code.substring(0, code.lastIndexOf('.'));
    }

    static int levelOf(String code) {
        return switch (code.length()) {
            case 2 -> code.equals("ID") ? 0 : 1;
            case 5 -> 2;
            case 8 -> 3;
            default -> 4;
        };
    }
}
