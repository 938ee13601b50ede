package id.lindung.contracts.region;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 38 provinces of Indonesia (Kepmendagri 300.2.2-2430/2025), always known even without a configured region list.
 * A NIK keeps the province of first registration for life; all current province codes were already in use when the
 * NIK was introduced except the four Papua provinces of 2022, so this set is also the set of valid NIK provinces.
 */
public final class Provinces {

    private static final Map<String, String> NAMES = names();

    private Provinces() {
    }

    public static boolean isKnown(String twoDigits) {
        return NAMES.containsKey(twoDigits);
    }

    /**
     * Whether a well-formed code lies in one of the 38 provinces (the nation does too): all that can be said of a code
     * without the full region list.
     */
    public static boolean encloses(RegionCode code) {
        return code.equals(RegionCode.NATION) || code.provinceDigits().map(Provinces::isKnown).orElse(false);
    }

    public static Optional<String> name(String twoDigits) {
        return Optional.ofNullable(NAMES.get(twoDigits));
    }

    /** Province code to name, in code order. */
    public static Map<String, String> all() {
        return NAMES;
    }

    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("11", "Aceh");
        names.put("12", "Sumatera Utara");
        names.put("13", "Sumatera Barat");
        names.put("14", "Riau");
        names.put("15", "Jambi");
        names.put("16", "Sumatera Selatan");
        names.put("17", "Bengkulu");
        names.put("18", "Lampung");
        names.put("19", "Kepulauan Bangka Belitung");
        names.put("21", "Kepulauan Riau");
        names.put("31", "Daerah Khusus Ibukota Jakarta");
        names.put("32", "Jawa Barat");
        names.put("33", "Jawa Tengah");
        names.put("34", "Daerah Istimewa Yogyakarta");
        names.put("35", "Jawa Timur");
        names.put("36", "Banten");
        names.put("51", "Bali");
        names.put("52", "Nusa Tenggara Barat");
        names.put("53", "Nusa Tenggara Timur");
        names.put("61", "Kalimantan Barat");
        names.put("62", "Kalimantan Tengah");
        names.put("63", "Kalimantan Selatan");
        names.put("64", "Kalimantan Timur");
        names.put("65", "Kalimantan Utara");
        names.put("71", "Sulawesi Utara");
        names.put("72", "Sulawesi Tengah");
        names.put("73", "Sulawesi Selatan");
        names.put("74", "Sulawesi Tenggara");
        names.put("75", "Gorontalo");
        names.put("76", "Sulawesi Barat");
        names.put("81", "Maluku");
        names.put("82", "Maluku Utara");
        names.put("91", "Papua");
        names.put("92", "Papua Barat");
        names.put("93", "Papua Selatan");
        names.put("94", "Papua Tengah");
        names.put("95", "Papua Pegunungan");
        names.put("96", "Papua Barat Daya");
        return Collections.unmodifiableMap(names);
    }
}
