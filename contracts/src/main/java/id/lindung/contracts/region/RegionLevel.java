package id.lindung.contracts.region;

/**
 * The levels of the Kemendagri region hierarchy, from the nation down to the village.
 */
public enum RegionLevel {
    /** The whole country, written {@code ID}. */
    NATION,
    /** Provinsi: {@code PP}. */
    PROVINCE,
    /** Kabupaten/kota: {@code PP.KK}. */
    REGENCY,
    /** Kecamatan: {@code PP.KK.CC}. */
    DISTRICT,
    /** Desa/kelurahan: {@code PP.KK.CC.XXXX}. */
    VILLAGE;

    /** The level one step below, or {@code null} for a village. */
    public RegionLevel child() {
        return this == VILLAGE ? null : values()[ordinal() + 1];
    }
}
