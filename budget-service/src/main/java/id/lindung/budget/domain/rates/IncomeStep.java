package id.lindung.budget.domain.rates;

import java.time.LocalDate;

/**
 * A step of an income table (BPU, PP 44/2015 Lampiran II as amended): a declared income from {@code incomeFrom} up to
 * the next step is counted as {@code base}. An income below the first step counts as the first step's base (the
 * floor); one above the last counts as the last step's base (the ceiling).
 */
public record IncomeStep(String schedule, long incomeFrom, long base, LocalDate validFrom, LocalDate validTo,
        String regulation) {

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
