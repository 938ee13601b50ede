package id.lindung.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;

class CommitmentPlannerTest {

    private final CommitmentPlanner planner = new CommitmentPlanner(RateFixtures.book(), 2021, 1);

    private static EnrollmentTerms nonAsn(Set<Programme> programmes, long wage, LocalDate start, LocalDate end) {
        return new EnrollmentTerms(Category.NON_ASN, Segment.PU, programmes, PayerType.APBD_KABKOTA, "36.03", wage,
                null, start, end);
    }

    private static long[] months(long... amounts) {
        return amounts;
    }

    @Test
    void anEnrollmentStartingMidMonthCommitsFromThatMonthToTheEndOfTheHorizon() {
        CommitmentPlanner.Plan plan = planner.plan(nonAsn(Set.of(Programme.JKK), 1_000_000,
                LocalDate.of(2026, 3, 15), null), 2027);

        assertThat(plan.byPool()).containsOnlyKeys("36.03:2026:JKK:NON_ASN", "36.03:2027:JKK:NON_ASN");
        assertThat(plan.byPool().get("36.03:2026:JKK:NON_ASN"))
                .containsExactly(months(0, 0, 2400, 2400, 2400, 2400, 2400, 2400, 2400, 2400, 2400, 2400));
        assertThat(plan.byPool().get("36.03:2027:JKK:NON_ASN")).containsOnly(2400);
    }

    @Test
    void anEnrollmentEndingMidMonthCommitsThatMonthAndNothingAfter() {
        CommitmentPlanner.Plan plan = planner.plan(nonAsn(Set.of(Programme.JKK, Programme.JKM), 1_000_000,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 10)), 2027);

        assertThat(plan.byPool()).containsOnlyKeys("36.03:2026:JKK:NON_ASN", "36.03:2026:JKM:NON_ASN");
        assertThat(plan.byPool().get("36.03:2026:JKM:NON_ASN"))
                .containsExactly(months(3000, 3000, 3000, 3000, 3000, 3000, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void aCoverageAcrossTheYearBoundaryCommitsToBothFiscalYears() {
        CommitmentPlanner.Plan plan = planner.plan(nonAsn(Set.of(Programme.JKK), 1_000_000,
                LocalDate.of(2025, 11, 20), LocalDate.of(2026, 2, 1)), 2027);

        assertThat(plan.byPool().get("36.03:2025:JKK:NON_ASN"))
                .containsExactly(months(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2400, 2400));
        assertThat(plan.byPool().get("36.03:2026:JKK:NON_ASN"))
                .containsExactly(months(2400, 2400, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void nothingIsCommittedBeforeTheFirstFiscalYearNorAfterTheHorizon() {
        CommitmentPlanner.Plan plan = planner.plan(nonAsn(Set.of(Programme.JKK), 1_000_000,
                LocalDate.of(2019, 6, 1), LocalDate.of(2030, 1, 1)), 2022);

        assertThat(plan.byPool()).containsOnlyKeys("36.03:2021:JKK:NON_ASN", "36.03:2022:JKK:NON_ASN");
    }

    @Test
    void aJpCommitmentFollowsTheCapReindexedInMarch() {
        long[] jp = planner.plan(nonAsn(Set.of(Programme.JP), 20_000_000, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 4, 30)), 2027).byPool().get("36.03:2026:JP:NON_ASN");

        assertThat(jp).containsExactly(months(316_422, 316_422, 332_589, 332_589, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void onlyRegionalBudgetsCommitAndNeverForJkp() {
        EnrollmentTerms selfPaid = new EnrollmentTerms(Category.PEKERJA_RENTAN, Segment.BPU,
                Set.of(Programme.JKK, Programme.JKM), PayerType.SELF, null, 1_000_000, null,
                LocalDate.of(2026, 1, 1), null);
        CommitmentPlanner.Plan withJkp = planner.plan(nonAsn(Set.of(Programme.JKK, Programme.JKP), 1_000_000,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), 2026);

        assertThat(planner.plan(selfPaid, 2027).byPool()).isEmpty();
        assertThat(withJkp.byPool()).containsOnlyKeys("36.03:2026:JKK:NON_ASN");
    }

    @Test
    void aBpuWorkerPaidByAVillageCommitsTheUndiscountedPackage() {
        EnrollmentTerms rentan = new EnrollmentTerms(Category.PEKERJA_RENTAN, Segment.BPU,
                Set.of(Programme.JKK, Programme.JKM), PayerType.APBDES, "36.03.01.2003", 1_000_000, null,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));
        CommitmentPlanner.Plan plan = planner.plan(rentan, 2027);

        assertThat(plan.byPool().get("36.03.01.2003:2026:JKK:PEKERJA_RENTAN")[4]).isEqualTo(10_000);
        assertThat(plan.byPool().get("36.03.01.2003:2026:JKM:PEKERJA_RENTAN")[4]).isEqualTo(6_800);
    }

    @Test
    void aMonthTheRatesCannotPriceCommitsNothingAndIsCounted() {
        CommitmentPlanner.Plan plan = planner.plan(nonAsn(Set.of(Programme.JP), 5_000_000,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)), 2027);

        assertThat(plan.byPool().get("36.03:2025:JP:NON_ASN")).containsExactly(months(0, 0, 150_000, 0, 0, 0, 0, 0,
                0, 0, 0, 0));
        assertThat(plan.unpriced()).isEqualTo(2);
    }

    @Test
    void aMonthIsCoveredWhenTheCoverageIncludesAnyDayOfIt() {
        assertThat(CommitmentPlanner.covers(LocalDate.of(2026, 3, 31), null, YearMonth.of(2026, 3))).isTrue();
        assertThat(CommitmentPlanner.covers(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1),
                YearMonth.of(2026, 3))).isTrue();
        assertThat(CommitmentPlanner.covers(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28),
                YearMonth.of(2026, 3))).isFalse();
        assertThat(CommitmentPlanner.covers(LocalDate.of(2026, 4, 1), null, YearMonth.of(2026, 3))).isFalse();
    }
}
