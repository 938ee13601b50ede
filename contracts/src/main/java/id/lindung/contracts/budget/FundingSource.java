package id.lindung.contracts.budget;

/**
 * Where the money of an APBDes line comes from (sumber dana; the village revenues of UU 6/2014 art. 72): a village pays BPJS
 * Ketenagakerjaan contributions from any of its revenues, pekerja rentan included.
 */
public enum FundingSource {
    /** Alokasi Dana Desa: the regency/city's transfer to its villages. */
    ADD,
    /** Dana Desa: the central government's transfer (APBN). */
    DANA_DESA,
    /** Pendapatan Asli Desa: the village's own revenue. */
    PADES,
    /** Bantuan keuangan: a grant from the province or the regency/city. */
    BANTUAN_KEUANGAN,
    /** Any other lawful revenue of the village. */
    OTHER
}
