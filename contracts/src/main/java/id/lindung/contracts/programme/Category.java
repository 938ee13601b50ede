package id.lindung.contracts.programme;

/** Worker categories whose contributions regional budgets pay under Inpres 2/2021. */
public enum Category {
    /** Non-ASN government workers (honorer). */
    NON_ASN,
    /** Honorary teachers. */
    GURU_HONORER,
    /** Village head and apparatus (kepala desa dan perangkat desa). */
    PERANGKAT_DESA,
    /** Badan Permusyawaratan Desa members. */
    BPD,
    /** Neighbourhood heads (rukun tetangga / rukun warga). */
    RT_RW,
    /** Election organisers. */
    PENYELENGGARA_PEMILU,
    /** Vulnerable informal workers: farmers, fishers, ojek drivers, street vendors, mosque caretakers. */
    PEKERJA_RENTAN
}
