package id.lindung.bench.budget;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real Kemendagri codes the generated data uses: provinces, regencies/cities and desa (villages with an APBDes). */
final class Regions {

    final List<String> provinces = new ArrayList<>();
    final List<String> regencies = new ArrayList<>();
    final List<String> desa = new ArrayList<>();

    static Regions load(Path csv) throws IOException {
        Regions regions = new Regions();
        List<String> lines = Files.readAllLines(csv);
        for (String line : lines.subList(1, lines.size())) {
            String code = line.substring(0, line.indexOf(',')).trim();
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
