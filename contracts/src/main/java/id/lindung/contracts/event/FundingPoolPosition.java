package id.lindung.contracts.event;

import java.time.OffsetDateTime;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;

/**
 * The data of {@code id.lindung.budget.position-changed.v1} and {@code shortfall-forecast.v1}: the budget position of
 * one funding pool, i.e. everything one government budgets for one programme and one target category in one fiscal
 * year. The Kafka key and the event subject are {@link #poolId}. Amounts are whole rupiah.
 *
 * @param payerType APBD_PROVINSI, APBD_KABKOTA or APBDES, from the level of {@code payerRegion}
 * @param payerRegion Kemendagri code of the government whose budget pays
 * @param allocated the sum of the pool's budget lines (latest revision of each)
 * @param committed contributions due over the fiscal year for the participants the pool pays for
 * @param disbursed the sum of the SP2D recorded on the pool's lines
 * @param headroom {@code allocated - committed}; negative when the pool is short
 * @param fundedParticipants participants committed against a pool that has at least one budget line
 * @param unfundedParticipants participants whose payer has no budget line in this pool (nothing allocated)
 * @param sequence increases with every position published for the pool; a consumer ignores a sequence it has passed
 * @param asOf when the position was computed
 */
public record FundingPoolPosition(String poolId, PayerType payerType, String payerRegion, int fiscalYear,
        Programme programme, Category category, long allocated, long committed, long disbursed, long headroom,
        int fundedParticipants, int unfundedParticipants, long sequence, OffsetDateTime asOf) {

    /** The id of a funding pool: {@code <payerRegion>:<fiscalYear>:<programme>:<category>}, e.g. {@code 36.03:2026:JKK:NON_ASN}. */
    public static String poolId(String payerRegion, int fiscalYear, Programme programme, Category category) {
        return payerRegion + ":" + fiscalYear + ":" + programme.name() + ":" + category.name();
    }
}
