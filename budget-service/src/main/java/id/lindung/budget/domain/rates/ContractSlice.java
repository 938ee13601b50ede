package id.lindung.budget.domain.rates;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A marginal slice of a construction contract's value: the part of the value between {@code amountFrom} and
 * {@code amountTo} (open when null) is weighted by {@code rate}.
 */
public record ContractSlice(String schedule, long amountFrom, Long amountTo, BigDecimal rate, LocalDate validFrom,
        LocalDate validTo, String regulation) {

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
