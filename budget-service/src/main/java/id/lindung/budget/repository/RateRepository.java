package id.lindung.budget.repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import id.lindung.budget.domain.rates.BaseKind;
import id.lindung.budget.domain.rates.ContractSlice;
import id.lindung.budget.domain.rates.ContributionRule;
import id.lindung.budget.domain.rates.Discount;
import id.lindung.budget.domain.rates.IncomeStep;
import id.lindung.budget.domain.rates.RateBook;
import id.lindung.budget.domain.rates.WageCap;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;

/** Reads the contribution rate tables. */
@ApplicationScoped
public class RateRepository {

    @Inject
    EntityManager entityManager;

    public RateBook load() {
        return new RateBook(rules(), steps(), caps(), slices(), discounts());
    }

    private List<ContributionRule> rules() {
        return rows("""
                select id, segment, programme, risk_class, base_kind, base_schedule, base_cap, employer_rate,
                    worker_rate, employer_flat, worker_flat, priority, period, valid_from, valid_to, regulation
                from contribution_rule order by id""").stream()
                .map(row -> new ContributionRule((String) row[0], Segment.valueOf((String) row[1]),
                        Programme.valueOf((String) row[2]), row[3] == null ? null : ((Number) row[3]).intValue(),
                        BaseKind.valueOf((String) row[4]), (String) row[5], (String) row[6], (BigDecimal) row[7],
                        (BigDecimal) row[8], ((Number) row[9]).longValue(), ((Number) row[10]).longValue(),
                        ((Number) row[11]).intValue(), (String) row[12], date(row[13]), date(row[14]),
                        (String) row[15]))
                .toList();
    }

    private List<IncomeStep> steps() {
        return rows("""
                select schedule, income_from, base, valid_from, valid_to, regulation from income_step
                order by schedule, income_from""").stream()
                .map(row -> new IncomeStep((String) row[0], ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(), date(row[3]), date(row[4]), (String) row[5]))
                .toList();
    }

    private List<WageCap> caps() {
        return rows("select name, valid_from, amount, regulation from wage_cap order by name, valid_from").stream()
                .map(row -> new WageCap((String) row[0], date(row[1]), ((Number) row[2]).longValue(),
                        (String) row[3]))
                .toList();
    }

    private List<ContractSlice> slices() {
        return rows("""
                select schedule, amount_from, amount_to, rate, valid_from, valid_to, regulation from contract_slice
                order by schedule, amount_from""").stream()
                .map(row -> new ContractSlice((String) row[0], ((Number) row[1]).longValue(),
                        row[2] == null ? null : ((Number) row[2]).longValue(), (BigDecimal) row[3], date(row[4]),
                        date(row[5]), (String) row[6]))
                .toList();
    }

    private List<Discount> discounts() {
        return rows("""
                select id, segment, programme, sector, array_to_string(excluded_payers, ','), fraction, valid_from,
                    valid_to, regulation
                from contribution_discount order by id""").stream()
                .map(row -> new Discount((String) row[0], Segment.valueOf((String) row[1]),
                        Programme.valueOf((String) row[2]), (String) row[3],
                        Set.copyOf(Arrays.stream(((String) row[4]).split(",")).filter(s -> !s.isBlank()).toList()),
                        (BigDecimal) row[5], date(row[6]), date(row[7]), (String) row[8]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return entityManager.createNativeQuery(sql).getResultList();
    }

    private static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate date -> date;
            case Date date -> date.toLocalDate();
            default -> LocalDate.parse(value.toString());
        };
    }
}
