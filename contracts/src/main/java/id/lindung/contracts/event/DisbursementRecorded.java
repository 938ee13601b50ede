package id.lindung.contracts.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;

/**
 * The data of {@code id.lindung.budget.disbursement-recorded.v1}: one SP2D (realisation) paid from a budget line.
 * Amounts are whole rupiah.
 *
 * @param sp2dNumber the payment order number, unique per region and fiscal year
 * @param monthsCovered the contribution months the payment is for
 * @param participants how many participants the payment is for
 * @param lineDisbursed the line's total disbursed after this payment
 */
public record DisbursementRecorded(String disbursementId, String lineId, String poolId, int fiscalYear,
        String region, PayerType payerType, Programme programme, Category category, String sp2dNumber,
        LocalDate sp2dDate, long amount, List<YearMonth> monthsCovered, int participants, long lineDisbursed,
        OffsetDateTime occurredAt) {
}
