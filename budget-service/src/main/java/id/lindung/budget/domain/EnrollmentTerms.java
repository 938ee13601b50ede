package id.lindung.budget.domain;

import java.time.LocalDate;
import java.util.Set;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;

/**
 * What of an enrollment decides its commitments: who pays (a regional budget, or not), for which programmes, on which
 * base, over which period.
 *
 * @param payerRegion the paying government at the level of its payer type, {@code null} outside regional budgets
 * @param wageBase the monthly wage (PU, JAKON) or declared income (BPU)
 * @param coverageEnd last day covered, {@code null} while open
 */
public record EnrollmentTerms(Category category, Segment segment, Set<Programme> programmes, PayerType payerType,
        String payerRegion, long wageBase, Integer riskClass, LocalDate coverageStart, LocalDate coverageEnd) {

    /** Whether a regional budget pays, so the enrollment commits against a funding pool. */
    public boolean isRegionallyFunded() {
        return payerType != null && payerType.isRegionalBudget() && payerRegion != null;
    }
}
