package id.lindung.budget.domain.rates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;

/**
 * The contribution rate tables, loaded once and read without locks: rules, income steps, wage caps, contract slices and
 * discounts. {@link #quote} interprets the rows; no rate, cap, step or discount lives in code.
 * <p>
 * Arithmetic is exact (BigDecimal); each programme's amount is rounded to whole rupiah, half up, once (docs/domain.md).
 */
public final class RateBook {

    public static final String RULES = "contribution_rule";
    public static final String STEPS = "income_step";
    public static final String CAPS = "wage_cap";
    public static final String SLICES = "contract_slice";
    public static final String DISCOUNTS = "contribution_discount";

    private record Key(Segment segment, Programme programme) {
    }

    private final Map<Key, List<ContributionRule>> rules = new HashMap<>();
    private final Map<String, List<IncomeStep>> steps = new HashMap<>();
    private final Map<String, List<WageCap>> caps = new HashMap<>();
    private final Map<String, List<ContractSlice>> slices = new HashMap<>();
    private final Map<Key, List<Discount>> discounts = new HashMap<>();
    private final NavigableSet<LocalDate> changes = new TreeSet<>();
    private final int size;

    public RateBook(List<ContributionRule> rules, List<IncomeStep> steps, List<WageCap> caps,
            List<ContractSlice> slices, List<Discount> discounts) {
        for (ContributionRule rule : rules) {
            this.rules.computeIfAbsent(new Key(rule.segment(), rule.programme()), key -> new ArrayList<>()).add(rule);
            changed(rule.validFrom(), rule.validTo());
        }
        this.rules.values().forEach(list -> list.sort(Comparator.comparingInt(ContributionRule::priority)
                .thenComparing(ContributionRule::validFrom, Comparator.reverseOrder())));
        for (IncomeStep step : steps) {
            this.steps.computeIfAbsent(step.schedule(), key -> new ArrayList<>()).add(step);
            changed(step.validFrom(), step.validTo());
        }
        this.steps.values().forEach(list -> list.sort(Comparator.comparingLong(IncomeStep::incomeFrom)));
        for (WageCap cap : caps) {
            this.caps.computeIfAbsent(cap.name(), key -> new ArrayList<>()).add(cap);
            changed(cap.validFrom(), null);
        }
        this.caps.values().forEach(list -> list.sort(Comparator.comparing(WageCap::validFrom)));
        for (ContractSlice slice : slices) {
            this.slices.computeIfAbsent(slice.schedule(), key -> new ArrayList<>()).add(slice);
            changed(slice.validFrom(), slice.validTo());
        }
        this.slices.values().forEach(list -> list.sort(Comparator.comparingLong(ContractSlice::amountFrom)));
        for (Discount discount : discounts) {
            this.discounts.computeIfAbsent(new Key(discount.segment(), discount.programme()), key -> new ArrayList<>())
                    .add(discount);
            changed(discount.validFrom(), discount.validTo());
        }
        this.size = rules.size() + steps.size() + caps.size() + slices.size() + discounts.size();
    }

    /** How many rows the book holds, over all tables. */
    public int size() {
        return size;
    }

    /**
     * Whether any row starts or stops applying after {@code from} and on or before {@code to}: when not, a contribution
     * computed for {@code from} holds for {@code to} too.
     */
    public boolean changesBetween(LocalDate from, LocalDate to) {
        LocalDate next = changes.higher(from);
        return next != null && !next.isAfter(to);
    }

    /** The monthly (or per-project) contribution for one programme. */
    public ProgrammeQuote quote(QuoteInput in) {
        String what = in.programme() + " of " + in.segment();
        List<ContributionRule> inForce = rules.getOrDefault(new Key(in.segment(), in.programme()), List.of()).stream()
                .filter(rule -> rule.appliesOn(in.date()))
                .toList();
        if (inForce.isEmpty()) {
            throw QuoteException.noRule("programmes", "no contribution rule for " + what + " on " + in.date());
        }
        List<ContributionRule> fitting = inForce.stream()
                .filter(rule -> rule.riskClass() == null || rule.riskClass().equals(in.riskClass()))
                .toList();
        if (fitting.isEmpty()) {
            throw QuoteException.badInput("riskClass", in.riskClass() == null
                    ? "is required for " + what + " (the rate depends on the risk class)"
                    : "has no rate for " + what + " on " + in.date());
        }
        ContributionRule rule = fitting.stream().filter(candidate -> inputFor(candidate.base(), in) != null)
                .findFirst()
                .orElseThrow(() -> QuoteException.badInput(inputName(fitting.get(0).base()),
                        "is required for " + what));
        return apply(rule, in, what);
    }

    private ProgrammeQuote apply(ContributionRule rule, QuoteInput in, String what) {
        List<ProgrammeQuote.RuleUse> uses = new ArrayList<>();
        uses.add(new ProgrammeQuote.RuleUse(RULES, rule.id(), rule.regulation()));
        Long input = inputFor(rule.base(), in);
        long base;
        BigDecimal rated;
        switch (rule.base()) {
            case WAGE -> {
                base = input;
                if (rule.cap() != null) {
                    WageCap cap = capOn(rule.cap(), in.date()).orElseThrow(() -> QuoteException.noRule("date",
                            "no " + rule.cap() + " in force on " + in.date() + " for " + what));
                    uses.add(new ProgrammeQuote.RuleUse(CAPS, cap.name() + "@" + cap.validFrom(), cap.regulation()));
                    base = Math.min(base, cap.amount());
                }
                rated = BigDecimal.valueOf(base);
            }
            case DECLARED_INCOME -> {
                base = input;
                if (rule.schedule() != null) {
                    IncomeStep step = stepFor(rule.schedule(), input, in.date()).orElseThrow(() -> QuoteException
                            .noRule("date", "no income steps " + rule.schedule() + " in force on " + in.date()));
                    uses.add(new ProgrammeQuote.RuleUse(STEPS, step.schedule() + "@" + step.incomeFrom(),
                            step.regulation()));
                    base = step.base();
                }
                rated = BigDecimal.valueOf(base);
            }
            case CONTRACT_VALUE -> {
                base = input;
                rated = sliced(rule.schedule(), input, in.date(), uses, what);
            }
            case NONE -> {
                base = 0;
                rated = BigDecimal.ZERO;
            }
            default -> throw new IllegalStateException("unknown base " + rule.base());
        }
        BigDecimal employer = rated.multiply(rule.employerRate()).add(BigDecimal.valueOf(rule.employerFlat()));
        BigDecimal worker = rated.multiply(rule.workerRate()).add(BigDecimal.valueOf(rule.workerFlat()));
        long before = whole(employer.add(worker));
        Optional<Discount> discount = discountFor(in);
        if (discount.isPresent()) {
            BigDecimal keep = BigDecimal.ONE.subtract(discount.get().fraction());
            employer = employer.multiply(keep);
            worker = worker.multiply(keep);
            uses.add(new ProgrammeQuote.RuleUse(DISCOUNTS, discount.get().id(), discount.get().regulation()));
        }
        long amount = whole(employer.add(worker));
        long employerPart = Math.min(whole(employer), amount);
        return new ProgrammeQuote(in.programme(), rule.period(), base, amount, employerPart, amount - employerPart,
                before, discount.map(Discount::fraction).orElse(null), List.copyOf(uses));
    }

    private BigDecimal sliced(String schedule, long value, LocalDate date, List<ProgrammeQuote.RuleUse> uses,
            String what) {
        List<ContractSlice> inForce = slices.getOrDefault(schedule, List.of()).stream()
                .filter(slice -> slice.appliesOn(date))
                .toList();
        if (inForce.isEmpty()) {
            throw QuoteException.noRule("date", "no contract slices " + schedule + " in force on " + date + " for "
                    + what);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (ContractSlice slice : inForce) {
            if (value <= slice.amountFrom()) {
                break;
            }
            long top = slice.amountTo() == null ? value : Math.min(value, slice.amountTo());
            total = total.add(BigDecimal.valueOf(top - slice.amountFrom()).multiply(slice.rate()));
            uses.add(new ProgrammeQuote.RuleUse(SLICES, slice.schedule() + "@" + slice.amountFrom(),
                    slice.regulation()));
        }
        return total;
    }

    private Optional<WageCap> capOn(String name, LocalDate date) {
        WageCap found = null;
        for (WageCap cap : caps.getOrDefault(name, List.of())) {
            if (cap.validFrom().isAfter(date)) {
                break;
            }
            found = cap;
        }
        return Optional.ofNullable(found);
    }

    private Optional<IncomeStep> stepFor(String schedule, long income, LocalDate date) {
        IncomeStep found = null;
        for (IncomeStep step : steps.getOrDefault(schedule, List.of())) {
            if (!step.appliesOn(date)) {
                continue;
            }
            if (found == null || step.incomeFrom() <= income) {
                found = step;
            }
            if (step.incomeFrom() > income) {
                break;
            }
        }
        return Optional.ofNullable(found);
    }

    private Optional<Discount> discountFor(QuoteInput in) {
        return discounts.getOrDefault(new Key(in.segment(), in.programme()), List.of()).stream()
                .filter(discount -> discount.appliesOn(in.date()))
                .filter(discount -> discount.sector() == null || discount.sector().equalsIgnoreCase(in.sector()))
                .filter(discount -> in.payer() == null || !discount.excludedPayers().contains(in.payer()))
                .max(Comparator.comparing(Discount::fraction));
    }

    private static Long inputFor(BaseKind base, QuoteInput in) {
        return switch (base) {
            case WAGE -> in.wage();
            case DECLARED_INCOME -> in.declaredIncome();
            case CONTRACT_VALUE -> in.contractValue();
            case NONE -> 0L;
        };
    }

    private static String inputName(BaseKind base) {
        return switch (base) {
            case WAGE -> "wage";
            case DECLARED_INCOME -> "declaredIncome";
            case CONTRACT_VALUE -> "contractValue";
            case NONE -> "programmes";
        };
    }

    private static long whole(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private void changed(LocalDate from, LocalDate to) {
        changes.add(from);
        if (to != null) {
            changes.add(to.plusDays(1));
        }
    }
}
