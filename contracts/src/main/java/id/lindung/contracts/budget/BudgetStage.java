package id.lindung.contracts.budget;

/** The version of the budget a line's amount comes from. */
public enum BudgetStage {
    /** The original allocation (APBD murni, the DPA). */
    MURNI,
    /** The revised allocation (APBD-Perubahan, DPPA). */
    PERUBAHAN
}
