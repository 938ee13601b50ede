package id.lindung.contracts.programme;

import id.lindung.contracts.region.RegionLevel;

/** Who pays a participant's contributions. */
public enum PayerType {
    /** Provincial budget. */
    APBD_PROVINSI(RegionLevel.PROVINCE),
    /** Regency or city budget. */
    APBD_KABKOTA(RegionLevel.REGENCY),
    /** Village budget (Permendagri 20/2018). */
    APBDES(RegionLevel.VILLAGE), SELF(null), EMPLOYER(null), CSR(null);

    private final RegionLevel budgetLevel;

    PayerType(RegionLevel budgetLevel) {
        this.budgetLevel = budgetLevel;
    }

    /** True for the payers that are regional budgets and so need a region. */
    public boolean isRegionalBudget() {
        return budgetLevel != null;
    }

    /** The level of the government whose budget pays, or {@code null} outside regional budgets. */
    public RegionLevel budgetLevel() {
        return budgetLevel;
    }

    /** The regional-budget payer for a government at this level, if there is one. */
    public static PayerType forBudgetLevel(RegionLevel level) {
        for (PayerType type : values()) {
            if (type.budgetLevel == level) {
                return type;
            }
        }
        throw new IllegalArgumentException("no regional budget at level " + level);
    }
}
