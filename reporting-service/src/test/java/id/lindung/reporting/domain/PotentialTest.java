package id.lindung.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import id.lindung.contracts.programme.Category;

class PotentialTest {

    @Test
    void coverageHasTwoDecimalsRoundedHalfUpFromTheExactCounts() {
        assertThat(Potential.coveragePercent(122_019, Optional.of(376_162L))).contains(32.44);
        assertThat(Potential.coveragePercent(1, Optional.of(8L))).contains(12.5);
        assertThat(Potential.coveragePercent(1, Optional.of(3L))).contains(33.33);
        assertThat(Potential.coveragePercent(2, Optional.of(3L))).contains(66.67);
    }

    @Test
    void coverageIsUnknownWithoutAPositivePotential() {
        assertThat(Potential.coveragePercent(10, Optional.empty())).isEmpty();
        assertThat(Potential.coveragePercent(10, Optional.of(0L))).isEmpty();
    }

    @Test
    void theTotalPotentialIsTheSumOverCategoriesUnlessASmallerTotalWasPublishedAndUnknownWithoutTargets() {
        Map<Category, Long> banten = Map.of(Category.NON_ASN, 159_219L, Category.PEKERJA_RENTAN, 217_943L);

        assertThat(new Potential(banten, null, Potential.Source.POSTED).total()).contains(377_162L);
        assertThat(new Potential(banten, 376_162L, Potential.Source.POSTED).total()).contains(376_162L);
        assertThat(Potential.NONE.total()).isEmpty();
    }

    @Test
    void growthIsAPercentOfTheEarlierCount() {
        // the published extremes of 2022 (Papua highest, Jawa Barat lowest), from counts that give them exactly
        assertThat(Growth.percent(10_000, 26_055)).contains(160.55);
        assertThat(Growth.percent(20_000, 20_310)).contains(1.55);
        // half up at the third decimal: 1/8 of a percent point is 0.125
        assertThat(Growth.percent(800, 801)).contains(0.13);
        assertThat(Growth.percent(200, 150)).contains(-25.0);
        assertThat(Growth.percent(0, 10)).isEmpty();
    }
}
