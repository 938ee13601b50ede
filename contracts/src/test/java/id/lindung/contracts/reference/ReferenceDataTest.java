package id.lindung.contracts.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import id.lindung.contracts.reference.ReferenceData.Population;
import id.lindung.contracts.reference.ReferenceData.Region;
import id.lindung.contracts.reference.ReferenceData.RetiredDistrict;

class ReferenceDataTest {

    @Test
    void theRegionListReadsQuotedNamesWhole() {
        Map<String, String> names = ReferenceData.regions().stream()
                .collect(Collectors.toMap(Region::kode, Region::nama));

        assertThat(names).containsEntry("36", "Banten").containsEntry("12.07.28.1007", "Lubuk Pakam I,II")
                .containsEntry("93", "Papua Selatan");
        assertThat(names.keySet()).allMatch(code -> code.matches("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?"));
    }

    @Test
    void retiredDistrictsAreNotInTheCurrentList() {
        List<RetiredDistrict> retired = ReferenceData.retiredDistricts();
        var current = ReferenceData.regions().stream().map(Region::kode).collect(Collectors.toSet());

        assertThat(retired).isNotEmpty().extracting(RetiredDistrict::kode).noneMatch(current::contains);
        assertThat(retired).extracting(RetiredDistrict::kode).contains("91.01.01");
        assertThat(retired).allSatisfy(district -> assertThat(district.lastListedIn()).matches("\\d{4}"));
    }

    @Test
    void thePopulationOfTheProvincesAddsUpToTheNation() {
        List<Population> population = ReferenceData.population();
        long nation = population.stream().filter(row -> row.kode().equals("0")).findFirst().orElseThrow().total();
        long provinces = population.stream().filter(row -> row.kode().length() == 2).mapToLong(Population::total).sum();

        assertThat(provinces).isEqualTo(nation);
        assertThat(population).allSatisfy(row -> assertThat(row.pria() + row.wanita()).isEqualTo(row.total()));
    }
}
