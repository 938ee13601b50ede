package id.lindung.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.lindung.contracts.region.RegionCode;
import id.lindung.contracts.region.RegionLevel;

class RegionCodeTest {

    @Test
    void eachFormHasItsLevel() {
        assertThat(RegionCode.of("ID").level()).isEqualTo(RegionLevel.NATION);
        assertThat(RegionCode.of("36").level()).isEqualTo(RegionLevel.PROVINCE);
        assertThat(RegionCode.of("36.03").level()).isEqualTo(RegionLevel.REGENCY);
        assertThat(RegionCode.of("36.03.01").level()).isEqualTo(RegionLevel.DISTRICT);
        assertThat(RegionCode.of("36.03.01.2001").level()).isEqualTo(RegionLevel.VILLAGE);
    }

    @Test
    void lineageRunsFromTheVillageUpToTheNation() {
        assertThat(RegionCode.of("36.03.01.2001").lineage()).extracting(RegionCode::value)
                .containsExactly("36.03.01.2001", "36.03.01", "36.03", "36", "ID");
    }

    @Test
    void aRegionIsWithinItselfItsAncestorsAndTheNationButNotItsNeighbour() {
        RegionCode village = RegionCode.of("36.03.01.2001");
        assertThat(village.isWithin(RegionCode.of("36.03"))).isTrue();
        assertThat(village.isWithin(village)).isTrue();
        assertThat(village.isWithin(RegionCode.NATION)).isTrue();
        assertThat(village.isWithin(RegionCode.of("36.04"))).isFalse();
        assertThat(RegionCode.of("36.03").isWithin(village)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "360301", "3603012001", "36.3", "36.03.1", "36.03.01.201", "36-03", "", "id "})
    void malformedAndBpsStyleCodesAreRejected(String text) {
        if (!text.trim().equalsIgnoreCase("id")) {
            assertThat(RegionCode.parse(text)).isEmpty();
            assertThatThrownBy(() -> RegionCode.of(text)).isInstanceOf(IllegalArgumentException.class);
        } else {
            assertThat(RegionCode.parse(text)).contains(RegionCode.NATION);
        }
    }

    @Test
    void aKelurahanIsAVillageWhoseNumberStartsWith1() {
        assertThat(RegionCode.of("36.71.01.1001").isKelurahan()).isTrue();
        assertThat(RegionCode.of("36.03.01.2003").isKelurahan()).isFalse();
        assertThat(RegionCode.of("36.71").isKelurahan()).isFalse();
    }
}
