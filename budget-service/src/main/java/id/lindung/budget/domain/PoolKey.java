package id.lindung.budget.domain;

import id.lindung.contracts.event.FundingPoolPosition;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.region.RegionCode;

/**
 * A funding pool: one government's budget for one programme and one target category in one fiscal year. Lines
 * allocate to it and enrollments paid by that government commit against it.
 */
public record PoolKey(String payerRegion, int fiscalYear, Programme programme, Category category) {

    public String id() {
        return FundingPoolPosition.poolId(payerRegion, fiscalYear, programme, category);
    }

    /** APBD_PROVINSI, APBD_KABKOTA or APBDES, from the level of the payer region. */
    public PayerType payerType() {
        return PayerType.forBudgetLevel(RegionCode.of(payerRegion).level());
    }

    /** Reads a pool id written by {@link #id()}; {@code IllegalArgumentException} for anything else. */
    public static PoolKey parse(String id) {
        String[] parts = id.split(":");
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a funding pool id: " + id);
        }
        RegionCode region = RegionCode.of(parts[0]);
        return new PoolKey(region.value(), Integer.parseInt(parts[1]), Programme.valueOf(parts[2]),
                Category.valueOf(parts[3]));
    }
}
