package id.lindung.budget.domain.rates;

import java.math.BigDecimal;
import java.time.LocalDate;

import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;

/**
 * One row of the contribution rate table: for a segment and programme, from a date, what the employer and the worker
 * pay on which base. Rows are data (Flyway seeds and later migrations), never code.
 *
 * @param riskClass the JKK risk class the row is for, or {@code null} for every class
 * @param schedule the income-step or contract-slice schedule the base goes through, if any
 * @param cap the wage cap the base is held to, if any
 * @param priority when several rows fit a request, the lowest priority that the request can satisfy wins (JAKON: wages
 *        when known, else the contract value)
 * @param period {@code MONTH} for monthly contributions, {@code PROJECT} for once per construction contract
 * @param validTo last day the row applies, {@code null} while in force
 */
public record ContributionRule(String id, Segment segment, Programme programme, Integer riskClass, BaseKind base,
        String schedule, String cap, BigDecimal employerRate, BigDecimal workerRate, long employerFlat,
        long workerFlat, int priority, String period, LocalDate validFrom, LocalDate validTo, String regulation) {

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
