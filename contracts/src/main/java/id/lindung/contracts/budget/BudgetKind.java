package id.lindung.contracts.budget;

/** Which kind of regional budget a line belongs to. */
public enum BudgetKind {
    /** Anggaran Pendapatan dan Belanja Daerah: the budget of a province or a regency/city (Permendagri 90/2019). */
    APBD,
    /** Anggaran Pendapatan dan Belanja Desa: the budget of a village (Permendagri 20/2018). */
    APBDES
}
