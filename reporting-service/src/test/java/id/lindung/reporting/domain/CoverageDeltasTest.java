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

class CoverageDeltasTest {

    private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
    private static final Contribution IN_VILLAGE = new Contribution("36.03.01.1001", Category.NON_ASN, Segment.PU,
            EnumSet.of(Programme.JKK, Programme.JKM));

    private static Map<CounterKey, Long> counters(CoverageDeltas deltas) {
        return deltas.counterChanges().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void aNewParticipantIsCountedAtEveryLevelFromVillageToNation() {
        CoverageDeltas deltas = new CoverageDeltas();
        deltas.move(Optional.empty(), Optional.of(IN_VILLAGE), MARCH);

        Map<CounterKey, Long> counters = counters(deltas);
        for (String region : new String[]{"36.03.01.1001", "36.03.01", "36.03", "36", "ID"}) {
            assertThat(counters).containsEntry(
                    new CounterKey(region, Category.NON_ASN, Segment.PU, CoverageDeltas.ALL_PROGRAMMES), 1L);
            assertThat(counters).containsEntry(new CounterKey(region, Category.NON_ASN, Segment.PU, "JKK"), 1L);
            assertThat(counters).containsEntry(new CounterKey(region, Category.NON_ASN, Segment.PU, "JKM"), 1L);
        }
        assertThat(counters).hasSize(15);
    }

    @Test
    void aMoveWithinARegencyLeavesTheRegencyAndAboveUnchanged() {
        CoverageDeltas deltas = new CoverageDeltas();
        Contribution moved = new Contribution("36.03.02.2001", Category.NON_ASN, Segment.PU,
                EnumSet.of(Programme.JKK, Programme.JKM));
        deltas.move(Optional.of(IN_VILLAGE), Optional.of(moved), MARCH);

        Map<CounterKey, Long> counters = counters(deltas);
        assertThat(counters.keySet()).extracting(CounterKey::region)
                .containsOnly("36.03.01.1001", "36.03.01", "36.03.02.2001", "36.03.02");
        assertThat(counters).containsEntry(new CounterKey("36.03.01", Category.NON_ASN, Segment.PU, "ALL"), -1L)
                .containsEntry(new CounterKey("36.03.02", Category.NON_ASN, Segment.PU, "ALL"), 1L);
        assertThat(deltas.monthChanges()).extracting(entry -> entry.getKey().region())
                .containsOnly("36.03.01.1001", "36.03.01", "36.03.02.2001", "36.03.02");
    }

    @Test
    void aProgrammeChangeTouchesOnlyTheProgrammeRows() {
        CoverageDeltas deltas = new CoverageDeltas();
        deltas.move(Optional.of(IN_VILLAGE), Optional.of(new Contribution(IN_VILLAGE.region(), Category.NON_ASN,
                Segment.PU, EnumSet.of(Programme.JKK, Programme.JKM, Programme.JHT))), MARCH);

        assertThat(counters(deltas).keySet()).extracting(CounterKey::programme).containsOnly("JHT");
        assertThat(deltas.monthChanges()).isEmpty();
    }

    @Test
    void anUnchangedContributionChangesNothing() {
        CoverageDeltas deltas = new CoverageDeltas();
        deltas.move(Optional.of(IN_VILLAGE), Optional.of(IN_VILLAGE), MARCH);

        assertThat(deltas.isEmpty()).isTrue();
    }

    @Test
    void anEndIsCountedDownAndAStartedEnrollmentCountsAsNewInItsMonth() {
        CoverageDeltas deltas = new CoverageDeltas();
        deltas.move(Optional.of(IN_VILLAGE), Optional.empty(), MARCH);
        deltas.started("36.03.01.1001", Category.PEKERJA_RENTAN, MARCH);

        assertThat(counters(deltas).values()).containsOnly(-1L);
        assertThat(deltas.monthChanges()).hasSize(15)
                .allSatisfy(entry -> assertThat(entry.getKey().month()).isEqualTo(MARCH));
    }
}
