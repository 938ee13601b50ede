package id.lindung.budget.domain.rates;

import java.math.BigDecimal;
import java.util.List;

import id.lindung.contracts.programme.Programme;

/**
 * The contribution for one programme: the amount, split into what the employer and the worker pay, and every row of
 * the rate tables that produced it.
 *
 * @param base the base the rates applied to (the capped wage, the income step, the contract value), 0 for flat rules
 * @param amountBeforeDiscount the amount without a discount, equal to {@code amount} when none applied
 * @param discount the fraction taken off, {@code null} when no discount applied
 */
public record ProgrammeQuote(Programme programme, String period, long base, long amount, long employer, long worker,
        long amountBeforeDiscount, BigDecimal discount, List<RuleUse> rules) {

    /** A row of one of the rate tables, cited. */
    public record RuleUse(String table, String id, String regulation) {
    }
}
