package id.lindung.budget.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.lindung.budget.domain.rates.BaseKind;
import id.lindung.budget.domain.rates.ContractSlice;
import id.lindung.budget.domain.rates.ContributionRule;
import id.lindung.budget.domain.rates.Discount;
import id.lindung.budget.domain.rates.IncomeStep;
import id.lindung.budget.domain.rates.RateBook;
import id.lindung.budget.domain.rates.WageCap;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;

/** A small rate book for unit tests of the mechanics; the seeded production table is tested through the API. */
final class RateFixtures {

    static final LocalDate FROM = LocalDate.of(2015, 7, 1);

    private RateFixtures() {
    }

    static ContributionRule rule(String id, Segment segment, Programme programme, Integer riskClass, BaseKind base,
            String schedule, String cap, String employer, String worker, long workerFlat, int priority,
            String period) {
        return new ContributionRule(id, segment, programme, riskClass, base, schedule, cap, new BigDecimal(employer),
                new BigDecimal(worker), 0, workerFlat, priority, period, FROM, null, "test " + id);
    }

    static RateBook book() {
        List<ContributionRule> rules = List.of(
                rule("PU-JKK-I", Segment.PU, Programme.JKK, 1, BaseKind.WAGE, null, null, "0.0024", "0", 0, 1,
                        "MONTH"),
                rule("PU-JKK-V", Segment.PU, Programme.JKK, 5, BaseKind.WAGE, null, null, "0.0174", "0", 0, 1,
                        "MONTH"),
                rule("PU-JKM", Segment.PU, Programme.JKM, null, BaseKind.WAGE, null, null, "0.0030", "0", 0, 1,
                        "MONTH"),
                rule("PU-JHT", Segment.PU, Programme.JHT, null, BaseKind.WAGE, null, null, "0.037", "0.02", 0, 1,
                        "MONTH"),
                rule("PU-JP", Segment.PU, Programme.JP, null, BaseKind.WAGE, null, "JP_WAGE_CAP", "0.02", "0.01", 0,
                        1, "MONTH"),
                rule("BPU-JKK", Segment.BPU, Programme.JKK, null, BaseKind.DECLARED_INCOME, "BPU_INCOME", null, "0",
                        "0.01", 0, 1, "MONTH"),
                rule("BPU-JKM", Segment.BPU, Programme.JKM, null, BaseKind.NONE, null, null, "0", "0", 6800, 1,
                        "MONTH"),
                rule("JAKON-JKK-WAGE", Segment.JAKON, Programme.JKK, null, BaseKind.WAGE, null, null, "0.0174", "0",
                        0, 1, "MONTH"),
                rule("JAKON-JKK-CONTRACT", Segment.JAKON, Programme.JKK, null, BaseKind.CONTRACT_VALUE, "JAKON_JKK",
                        null, "1", "0", 0, 2, "PROJECT"));
        List<IncomeStep> steps = List.of(
                new IncomeStep("BPU_INCOME", 1_000_000, 1_000_000, FROM, null, "test step"),
                new IncomeStep("BPU_INCOME", 1_500_000, 1_500_000, FROM, null, "test step"),
                new IncomeStep("BPU_INCOME", 20_700_000, 20_700_000, FROM, null, "test step"));
        List<WageCap> caps = List.of(
                new WageCap("JP_WAGE_CAP", LocalDate.of(2025, 3, 1), 10_547_400, "test cap 2025"),
                new WageCap("JP_WAGE_CAP", LocalDate.of(2026, 3, 1), 11_086_300, "test cap 2026"));
        List<ContractSlice> slices = List.of(
                new ContractSlice("JAKON_JKK", 0, 100_000_000L, new BigDecimal("0.0021"), FROM, null, "slice 1"),
                new ContractSlice("JAKON_JKK", 100_000_000, 500_000_000L, new BigDecimal("0.0017"), FROM, null,
                        "slice 2"),
                new ContractSlice("JAKON_JKK", 500_000_000, null, new BigDecimal("0.0013"), FROM, null, "slice 3"));
        Set<String> regional = Set.of("APBN", "APBD_PROVINSI", "APBD_KABKOTA", "APBDES");
        List<Discount> discounts = List.of(
                new Discount("HALF-TRANSPORT-JKK", Segment.BPU, Programme.JKK, "TRANSPORT", regional,
                        new BigDecimal("0.5"), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 3, 31), "test discount"),
                new Discount("HALF-TRANSPORT-JKM", Segment.BPU, Programme.JKM, "TRANSPORT", regional,
                        new BigDecimal("0.5"), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 3, 31), "test discount"),
                new Discount("HALF-JKK", Segment.BPU, Programme.JKK, null, regional, new BigDecimal("0.5"),
                        LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 31), "test discount"));
        return new RateBook(rules, steps, caps, slices, discounts);
    }
}
