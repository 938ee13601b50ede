package id.lindung.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import id.lindung.contracts.programme.Category;

class PotentialTest {

    @Test
    void coverageHasOneDecimalRoundedHalfUp() {
        assertThat(Potential.coveragePercent(122_019, Optional.of(376_162L))).contains(32.4);
        assertThat(Potential.coveragePercent(1, Optional.of(8L))).contains(12.5);
        assertThat(Potential.coveragePercent(1, Optional.of(3L))).contains(33.3);
        assertThat(Potential.coveragePercent(2, Optional.of(3L))).contains(66.7);
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
        assertThat(Growth.percent(1_000, 2_605)).contains(160.5);
        assertThat(Growth.percent(200, 150)).contains(-25.0);
        assertThat(Growth.percent(0, 10)).isEmpty();
    }
}
