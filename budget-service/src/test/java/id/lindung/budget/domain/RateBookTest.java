package id.lindung.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.lindung.budget.domain.rates.ProgrammeQuote;
import id.lindung.budget.domain.rates.QuoteException;
import id.lindung.budget.domain.rates.QuoteInput;
import id.lindung.budget.domain.rates.RateBook;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;

class RateBookTest {

    private static final LocalDate FEB_2026 = LocalDate.of(2026, 2, 1);
    private final RateBook book = RateFixtures.book();

    private ProgrammeQuote pu(Programme programme, long wage, Integer riskClass, LocalDate date) {
        return book.quote(new QuoteInput(Segment.PU, programme, wage, null, null, riskClass, "APBD_KABKOTA", null,
                date));
    }

    private ProgrammeQuote bpu(Programme programme, long income, String payer, String sector, LocalDate date) {
        return book.quote(new QuoteInput(Segment.BPU, programme, null, income, null, null, payer, sector, date));
    }

    @Test
    void aWageEarnersJkkFollowsTheRiskClassAndIsPaidByTheEmployer() {
        ProgrammeQuote classOne = pu(Programme.JKK, 1_000_000, 1, FEB_2026);
        ProgrammeQuote classFive = pu(Programme.JKK, 1_000_000, 5, FEB_2026);

        assertThat(classOne.amount()).isEqualTo(2_400);
        assertThat(classOne.employer()).isEqualTo(2_400);
        assertThat(classOne.worker()).isZero();
        assertThat(classFive.amount()).isEqualTo(17_400);
        assertThat(classOne.rules()).extracting(ProgrammeQuote.RuleUse::id).containsExactly("PU-JKK-I");
    }

    @Test
    void jhtIsSplitBetweenEmployerAndWorker() {
        ProgrammeQuote jht = pu(Programme.JHT, 1_000_000, 1, FEB_2026);

        assertThat(jht.amount()).isEqualTo(57_000);
        assertThat(jht.employer()).isEqualTo(37_000);
        assertThat(jht.worker()).isEqualTo(20_000);
    }

    @Test
    void jpIsCappedAtTheCapInForceOnTheDate() {
        ProgrammeQuote february = pu(Programme.JP, 20_000_000, 1, FEB_2026);
        ProgrammeQuote march = pu(Programme.JP, 20_000_000, 1, LocalDate.of(2026, 3, 1));
        ProgrammeQuote belowCap = pu(Programme.JP, 5_000_000, 1, LocalDate.of(2026, 3, 1));

        assertThat(february.base()).isEqualTo(10_547_400);
        assertThat(february.amount()).isEqualTo(316_422);
        assertThat(february.employer()).isEqualTo(210_948);
        assertThat(march.base()).isEqualTo(11_086_300);
        assertThat(march.amount()).isEqualTo(332_589);
        assertThat(march.rules()).extracting(ProgrammeQuote.RuleUse::id).contains("JP_WAGE_CAP@2026-03-01");
        assertThat(belowCap.base()).isEqualTo(5_000_000);
    }

    @Test
    void eachProgrammeIsRoundedHalfUpToWholeRupiah() {
        assertThat(pu(Programme.JKK, 1_234_567, 1, FEB_2026).amount()).isEqualTo(2_963);
        assertThat(pu(Programme.JKM, 1_234_500, 1, FEB_2026).amount()).isEqualTo(3_704);
    }

    @Test
    void aBpuIncomeCountsAsItsStepWithTheFirstStepAsFloorAndTheLastAsCeiling() {
        assertThat(bpu(Programme.JKK, 800_000, "SELF", null, LocalDate.of(2025, 5, 1)).amount()).isEqualTo(10_000);
        assertThat(bpu(Programme.JKK, 1_700_000, "SELF", null, LocalDate.of(2025, 5, 1)).amount())
                .isEqualTo(15_000);
        assertThat(bpu(Programme.JKK, 90_000_000, "SELF", null, LocalDate.of(2025, 5, 1)).amount())
                .isEqualTo(207_000);
    }

    @Test
    void aFlatBpuJkmIsPaidByTheWorker() {
        ProgrammeQuote jkm = bpu(Programme.JKM, 1_000_000, "SELF", null, LocalDate.of(2025, 5, 1));

        assertThat(jkm.amount()).isEqualTo(6_800);
        assertThat(jkm.worker()).isEqualTo(6_800);
        assertThat(jkm.base()).isZero();
    }

    @Test
    void aDiscountHalvesTheAmountUnlessThePayerIsExcluded() {
        ProgrammeQuote self = bpu(Programme.JKK, 1_000_000, "SELF", "TRANSPORT", FEB_2026);
        ProgrammeQuote apbd = bpu(Programme.JKK, 1_000_000, "APBD_KABKOTA", "TRANSPORT", FEB_2026);

        assertThat(self.amount()).isEqualTo(5_000);
        assertThat(self.amountBeforeDiscount()).isEqualTo(10_000);
        assertThat(self.discount()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(self.rules()).extracting(ProgrammeQuote.RuleUse::id).contains("HALF-TRANSPORT-JKK");
        assertThat(apbd.amount()).isEqualTo(10_000);
        assertThat(apbd.discount()).isNull();
    }

    @Test
    void aSectorDiscountAppliesOnlyToItsSectorAndDiscountsDoNotStack() {
        assertThat(bpu(Programme.JKK, 1_000_000, "SELF", null, FEB_2026).amount()).isEqualTo(10_000);
        assertThat(bpu(Programme.JKK, 1_000_000, "SELF", null, LocalDate.of(2026, 5, 1)).amount())
                .isEqualTo(5_000);
        assertThat(bpu(Programme.JKK, 1_000_000, "SELF", "TRANSPORT", LocalDate.of(2026, 5, 1)).amount())
                .isEqualTo(5_000);
        assertThat(bpu(Programme.JKK, 1_000_000, "SELF", null, LocalDate.of(2027, 2, 1)).amount())
                .isEqualTo(10_000);
    }

    @Test
    void jakonUsesWagesWhenKnownAndOtherwiseTheContractValueByMarginalSlices() {
        ProgrammeQuote onWages = book.quote(new QuoteInput(Segment.JAKON, Programme.JKK, 5_000_000L, null,
                800_000_000L, null, "EMPLOYER", null, FEB_2026));
        ProgrammeQuote onContract = book.quote(new QuoteInput(Segment.JAKON, Programme.JKK, null, null,
                800_000_000L, null, "EMPLOYER", null, FEB_2026));

        assertThat(onWages.amount()).isEqualTo(87_000);
        assertThat(onWages.period()).isEqualTo("MONTH");
        // 100m x 0.21% + 400m x 0.17% + 300m x 0.13% = 210,000 + 680,000 + 390,000
        assertThat(onContract.amount()).isEqualTo(1_280_000);
        assertThat(onContract.period()).isEqualTo("PROJECT");
        assertThat(onContract.base()).isEqualTo(800_000_000);
    }

    @Test
    void aMissingBaseOrRiskClassIsABadInputNamingIt() {
        assertThatThrownBy(() -> book.quote(new QuoteInput(Segment.PU, Programme.JKM, null, 1_000_000L, null, 1,
                "SELF", null, FEB_2026)))
                .isInstanceOfSatisfying(QuoteException.class, e -> {
                    assertThat(e.isBadInput()).isTrue();
                    assertThat(e.field()).isEqualTo("wage");
                });
        assertThatThrownBy(() -> pu(Programme.JKK, 1_000_000, null, FEB_2026))
                .isInstanceOfSatisfying(QuoteException.class, e -> assertThat(e.field()).isEqualTo("riskClass"));
    }

    @Test
    void aProgrammeWithoutARuleIsNotQuoted() {
        assertThatThrownBy(() -> bpu(Programme.JP, 1_000_000, "SELF", null, FEB_2026))
                .isInstanceOfSatisfying(QuoteException.class, e -> {
                    assertThat(e.isBadInput()).isFalse();
                    assertThat(e.getMessage()).contains("JP of BPU");
                });
    }

    @Test
    void theBookKnowsWhenItsRowsChange() {
        assertThat(book.changesBetween(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(book.changesBetween(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1))).isFalse();
    }
}
