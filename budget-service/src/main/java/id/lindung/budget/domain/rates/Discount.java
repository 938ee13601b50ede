package id.lindung.budget.domain.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;

/**
 * A temporary contribution discount (PP 49/2020, PP 7/2025, PP 50/2025...). Discounts do not stack: the largest one that
 * fits applies.
 *
 * @param sector the sector the discount is limited to, or {@code null} for every sector
 * @param excludedPayers payer types the discount never applies to (PP 50/2025: contributions paid from APBN/APBD)
 * @param fraction the share taken off, 0.5 for half
 */
public record Discount(String id, Segment segment, Programme programme, String sector, Set<String> excludedPayers,
        BigDecimal fraction, LocalDate validFrom, LocalDate validTo, String regulation) {

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
