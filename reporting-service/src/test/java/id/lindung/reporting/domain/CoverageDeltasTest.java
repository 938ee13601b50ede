package id.lindung.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;
import id.lindung.reporting.domain.CoverageDeltas.CounterKey;
import id.lindung.reporting.domain.CoverageDeltas.Counts;

class CoverageDeltasTest {

    private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
    private static final Contribution IN_VILLAGE = new Contribution("36.03.01.1001", Category.NON_ASN, Segment.PU,
            EnumSet.of(Programme.JKK, Programme.JKM));

    private static Map<CounterKey, Counts> counters(CoverageDeltas deltas) {
        return deltas.counterChanges().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void aNewParticipantIsCountedWithTheirProgrammesAtEveryLevelFromVillageToNation() {
        CoverageDeltas deltas = new CoverageDeltas();
        deltas.move(Optional.empty(), Optional.of(IN_VILLAGE), MARCH);

        Map<CounterKey, Counts> counters = counters(deltas);
        assertThat(counters).hasSize(5);
        for (String region : new String[]{"36.03.01.1001", "36.03.01", "36.03", "36", "ID"}) {
            Counts counts = counters.get(new CounterKey(region, Category.NON_ASN, Segment.PU));
            assertThat(counts.active()).isEqualTo(1);
            assertThat(counts.programme(Programme.JKK)).isEqualTo(1);
            assertThat(counts.programme(Programme.JKM)).isEqualTo(1);
            assertThat(counts.programme(Programme.JHT)).isZero();
        }
    }

    @Test
    void aMoveWithinARegencyLeavesTheRegencyAndAboveUnchanged() {
        CoverageDeltas deltas = new CoverageDeltas();
        Contribution moved = new Contribution("36.03.02.2001", Category.NON_ASN, Segment.PU,
                EnumSet.of(Programme.JKK, Programme.JKM));
        deltas.move(Optional.of(IN_VILLAGE), Optional.of(moved), MARCH);

        Map<CounterKey, Counts> counters = counters(deltas);
        assertThat(counters.keySet()).extracting(CounterKey::region)
                .containsOnly("36.03.01.1001", "36.03.01", "36.03.02.2001", "36.03.02");
        assertThat(counters.get(new CounterKey("36.03.01", Category.NON_ASN, Segment.PU)).active()).isEqualTo(-1);
        assertThat(counters.get(new CounterKey("36.03.02", Category.NON_ASN, Segment.PU)).active()).isEqualTo(1);
        assertThat(deltas.monthChanges()).extracting(entry -> entry.getKey().region())
                .containsOnly("36.03.01.1001", "36.03.01", "36.03.02.2001", "36.03.02");
    }

    @Test
    void aProgrammeChangeTouchesOnlyTheProgrammeCounts() {
        CoverageDeltas deltas = new CoverageDeltas();
        deltas.move(Optional.of(IN_VILLAGE), Optional.of(new Contribution(IN_VILLAGE.region(), Category.NON_ASN,
                Segment.PU, EnumSet.of(Programme.JKK, Programme.JKM, Programme.JHT))), MARCH);

        assertThat(counters(deltas).values()).hasSize(5).allSatisfy(counts -> {
            assertThat(counts.active()).isZero();
            assertThat(counts.programme(Programme.JHT)).isEqualTo(1);
            assertThat(counts.programme(Programme.JKK)).isZero();
        });
        assertThat(deltas.monthChanges()).isEmpty();
    }

    @Test
    void anUnchangedContributionChangesNothing() {
        CoverageDeltas deltas = new CoverageDeltas();
        deltas.move(Optional.of(IN_VILLAGE), Optional.of(IN_VILLAGE), MARCH);

        assertThat(deltas.isEmpty()).isTrue();
    }

    @Test
    void anEndIsCountedDownAndAStartedEnrollmentCountsAsNewInItsMonthAndCategory() {
        CoverageDeltas deltas = new CoverageDeltas();
        deltas.move(Optional.of(IN_VILLAGE), Optional.empty(), MARCH);
        deltas.started("36.03.01.1001", Category.PEKERJA_RENTAN, MARCH);

        assertThat(counters(deltas).values()).extracting(Counts::active).containsOnly(-1L);
        assertThat(deltas.monthChanges()).hasSize(5).allSatisfy(entry -> {
            assertThat(entry.getKey().month()).isEqualTo(MARCH);
            assertThat(entry.getValue().active(Category.NON_ASN)).isEqualTo(-1);
            assertThat(entry.getValue().started(Category.PEKERJA_RENTAN)).isEqualTo(1);
            assertThat(entry.getValue().started(Category.NON_ASN)).isZero();
        });
    }
}
