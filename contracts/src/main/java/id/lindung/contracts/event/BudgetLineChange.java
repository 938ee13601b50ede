package id.lindung.contracts.event;

import java.time.OffsetDateTime;

import id.lindung.contracts.budget.BudgetKind;
import id.lindung.contracts.budget.BudgetStage;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;

/**
 * The data of {@code id.lindung.budget.line-allocated.v1} and {@code line-revised.v1}: the full state of one budget line
 * after the change. Amounts are whole rupiah.
 *
 * @param lineId id of the budget line (also the event subject and the Kafka key)
 * @param poolId the funding pool the line belongs to, see {@link FundingPoolPosition#poolId}
 * @param revision 1 for the original allocation, then one more for every revision
 * @param region Kemendagri code of the government that owns the budget
 * @param accountCode the normalised account code
 * @param previousAmount the amount before this revision; {@code null} on allocation
 * @param disbursed what the line has paid out so far (SP2D)
 * @param externalRef the finance system's own id of the line, unique per region and fiscal year
 * @param occurredAt when the line was allocated or revised
 */
public record BudgetLineChange(String lineId, String poolId, int revision, int fiscalYear, String region,
        PayerType payerType, BudgetKind budgetKind, BudgetStage stage, Programme programme, Category category,
        String accountCode, long amount, Long previousAmount, int targetParticipants, long disbursed,
        String externalRef, String agencyCode, String subActivityCode, OffsetDateTime occurredAt) {
}
