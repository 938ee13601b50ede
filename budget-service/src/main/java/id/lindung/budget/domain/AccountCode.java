package id.lindung.budget.domain;

import java.util.Optional;
import java.util.regex.Pattern;

import id.lindung.contracts.budget.BudgetKind;

/**
 * A belanja (expenditure) account code, normalised to the canonical layout of its budget kind while the original text
 * is kept.
 * <p>
 * APBD (Permendagri 90/2019 as updated by Kepmendagri 050-5889/2021 and 900.1.15.5-3406/2024): akun {@code 5},
 * kelompok {@code 5.1}, jenis {@code 5.1.02}, objek {@code 5.1.02.02}, rincian {@code 5.1.02.02.02}, sub-rincian
 * {@code 5.1.02.02.02.0006}; segment widths 1, 1, 2, 2, 2, 4. Real data writes the same code unpadded
 * ({@code 5.1.2.02.02.0006}) or SIPD-style with one digit more in the last levels ({@code 5.1.02.02.001.00067}); both
 * are accepted and rewritten to the canonical widths as long as every segment's value fits its canonical width.
 * <p>
 * APBDes (Permendagri 20/2018): akun {@code 5}, kelompok {@code 5.1}, jenis {@code 5.1.3}, objek {@code 5.1.3.03};
 * widths 1, 1, 1, 2. Any well-formed belanja code is accepted: contributions for the village head and apparatus live
 * under {@code 5.1.3} (Jaminan Sosial Kepala Desa dan Perangkat Desa), while those a village pays for its pekerja
 * rentan are spending for the community, commonly under belanja barang dan jasa ({@code 5.2}), and the kelompok
 * differ between regional Siskeudes charts.
 */
public record AccountCode(String code, String original) {

    private static final int[] APBD_WIDTHS = {1, 1, 2, 2, 2, 4};
    private static final int[] APBDES_WIDTHS = {1, 1, 1, 2};
    private static final int APBD_MIN_LEVELS = 3;
    private static final int APBDES_MIN_LEVELS = 3;
    /** A segment may carry one leading digit more than its canonical width (SIPD-style), never more. */
    private static final int EXTRA_DIGITS = 1;
    private static final Pattern SHAPE = Pattern.compile("\\d+(\\.\\d+)*");

    /** The outcome of reading a code: the normalised code, or why it is not acceptable. */
    public record Reading(Optional<AccountCode> code, String problem) {

        static Reading ok(AccountCode code) {
            return new Reading(Optional.of(code), null);
        }

        static Reading bad(String problem) {
            return new Reading(Optional.empty(), problem);
        }
    }

    /** Reads a code written for a budget of the given kind. */
    public static Reading read(String text, BudgetKind kind) {
        if (text == null || text.isBlank()) {
            return Reading.bad("is required");
        }
        String trimmed = text.trim();
        // Siskeudes exports often end a code with a dot
        String body = trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        if (!SHAPE.matcher(body).matches()) {
            return Reading.bad("must be digits separated by dots, e.g. 5.1.02.02.02.0006");
        }
        String[] segments = body.split("\\.");
        if (!"5".equals(stripZeros(segments[0]))) {
            return Reading.bad("must be a belanja (expenditure) account: akun 5");
        }
        int[] widths = kind == BudgetKind.APBDES ? APBDES_WIDTHS : APBD_WIDTHS;
        int minLevels = kind == BudgetKind.APBDES ? APBDES_MIN_LEVELS : APBD_MIN_LEVELS;
        String layout = kind == BudgetKind.APBDES
                ? "an APBDes account (Permendagri 20/2018) such as 5.1.3.03"
                : "an APBD account (Permendagri 90/2019) from jenis to sub-rincian, e.g. 5.1.02.02.02.0006";
        if (segments.length < minLevels || segments.length > widths.length) {
            return Reading.bad("must be " + layout);
        }
        StringBuilder normalised = new StringBuilder();
        for (int level = 0; level < segments.length; level++) {
            String segment = segments[level];
            String digits = stripZeros(segment);
            if (segment.length() > widths[level] + EXTRA_DIGITS || digits.length() > widths[level]
                    || digits.equals("0")) {
                return Reading.bad("must be " + layout + "; segment " + (level + 1) + " (" + segment
                        + ") does not fit");
            }
            if (level > 0) {
                normalised.append('.');
            }
            normalised.append("0".repeat(widths[level] - digits.length())).append(digits);
        }
        return Reading.ok(new AccountCode(normalised.toString(), text));
    }

    private static String stripZeros(String segment) {
        String digits = segment.replaceFirst("^0+", "");
        return digits.isEmpty() ? "0" : digits;
    }
}
