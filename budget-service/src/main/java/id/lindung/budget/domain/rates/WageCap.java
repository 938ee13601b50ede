package id.lindung.budget.domain.rates;

import java.time.LocalDate;

/** A wage cap in force from a date until the next one of the same name (the JP cap is re-indexed every March). */
public record WageCap(String name, LocalDate validFrom, long amount, String regulation) {
}
