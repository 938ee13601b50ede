package id.lindung.budget.domain.rates;

import java.time.LocalDate;

import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;

/**
 * What a contribution depends on. Which of {@code wage}, {@code declaredIncome} and {@code contractValue} is needed
 * follows from the rule rows, not from the segment.
 *
 * @param payer the payer type's name (PayerType, or a payer outside it such as APBN)
 * @param sector the participant's sector when a discount depends on it (e.g. {@code TRANSPORT}), else {@code null}
 */
public record QuoteInput(Segment segment, Programme programme, Long wage, Long declaredIncome, Long contractValue,
        Integer riskClass, String payer, String sector, LocalDate date) {
}
