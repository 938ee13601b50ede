package id.lindung.bench.budget;

import java.util.ArrayList;
import java.util.List;

import id.lindung.contracts.reference.ReferenceData;

/** The real Kemendagri codes the generated data uses: provinces, regencies/cities and desa (villages with an APBDes). */
final class Regions {

    final List<String> provinces = new ArrayList<>();
    final List<String> regencies = new ArrayList<>();
    final List<String> desa = new ArrayList<>();

    /** From the list shipped in lindung-contracts, the one the service loads too. */
    static Regions load() {
        Regions regions = new Regions();
        for (ReferenceData.Region region : ReferenceData.regions()) {
            String code = region.kode();
            switch (code.length()) {
                case 2 -> regions.provinces.add(code);
                case 5 -> regions.regencies.add(code);
                case 13 -> {
                    if (code.charAt(9) != '1') {
                        regions.desa.add(code);
                    }
                }
                default -> {
                }
            }
        }
        return regions;
    }
}
