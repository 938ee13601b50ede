package id.lindung.budget.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import id.lindung.budget.domain.rates.QuoteException;
import id.lindung.budget.domain.rates.QuoteInput;
import id.lindung.budget.domain.rates.RateBook;
import id.lindung.contracts.programme.Programme;

/**
 * The monthly contributions an enrollment commits, per funding pool: for every fiscal year from the coverage start (not
 * before {@code firstYear}) to the coverage end (not after {@code horizonYear}), every regionally funded programme,
 * every month the coverage touches. A month counts when the coverage includes any day of it: a contribution is due for
 * the whole month. The rate is the one in force on the first day of the month.
 * <p>
 * A month the rate table cannot price (no rule or cap in force) commits nothing and is counted in
 * {@link Plan#unpriced()}.
 */
public final class CommitmentPlanner {

    /** The commitments of one enrollment: pool id to 12 monthly amounts (January first). */
    public record Plan(Map<String, long[]> byPool, int unpriced) {

        public static final Plan NONE = new Plan(Map.of(), 0);
    }

    private final RateBook rates;
    private final int firstYear;
    private final int defaultRiskClass;

    public CommitmentPlanner(RateBook rates, int firstYear, int defaultRiskClass) {
        this.rates = rates;
        this.firstYear = firstYear;
        this.defaultRiskClass = defaultRiskClass;
    }

    public Plan plan(EnrollmentTerms terms, int horizonYear) {
        if (!terms.isRegionallyFunded()) {
            return Plan.NONE;
        }
        LocalDate start = terms.coverageStart();
        LocalDate end = terms.coverageEnd();
        int fromYear = Math.max(start.getYear(), firstYear);
        int toYear = end == null ? horizonYear : Math.min(end.getYear(), horizonYear);
        Set<Programme> programmes = EnumSet.noneOf(Programme.class);
        terms.programmes().stream().filter(Programme::isRegionallyFunded).forEach(programmes::add);
        Map<String, long[]> byPool = new LinkedHashMap<>();
        int unpriced = 0;
        for (int year = fromYear; year <= toYear; year++) {
            for (Programme programme : programmes) {
                long[] months = new long[12];
                boolean any = false;
                LocalDate pricedOn = null;
                long price = 0;
                for (int month = 1; month <= 12; month++) {
                    YearMonth yearMonth = YearMonth.of(year, month);
                    if (!covers(start, end, yearMonth)) {
                        continue;
                    }
                    LocalDate first = yearMonth.atDay(1);
                    if (pricedOn == null || rates.changesBetween(pricedOn, first)) {
                        price = price(terms, programme, first);
                        pricedOn = first;
                    }
                    if (price == 0) {
                        unpriced++;
                    }
                    months[month - 1] = price;
                    any |= price > 0;
                }
                if (any) {
                    byPool.put(new PoolKey(terms.payerRegion(), year, programme, terms.category()).id(), months);
                }
            }
        }
        return new Plan(byPool, unpriced);
    }

    /** Whether a coverage from {@code start} to {@code end} (open when null) includes a day of the month. */
    public static boolean covers(LocalDate start, LocalDate end, YearMonth month) {
        return !start.isAfter(month.atEndOfMonth()) && (end == null || !end.isBefore(month.atDay(1)));
    }

    private long price(EnrollmentTerms terms, Programme programme, LocalDate date) {
        try {
            return rates.quote(new QuoteInput(terms.segment(), programme, terms.wageBase(), terms.wageBase(), null,
                    terms.riskClass() != null ? terms.riskClass() : defaultRiskClass, terms.payerType().name(), null,
                    date)).amount();
        } catch (QuoteException e) {
            return 0;
        }
    }
}
