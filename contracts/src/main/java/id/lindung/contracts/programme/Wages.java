package id.lindung.contracts.programme;

/**
 * Bounds of a monthly wage (upah) or declared income (penghasilan) as every service takes it: the BPJS intake, the
 * enrollment events and the contribution quote agree on them.
 */
public final class Wages {

    /** Below 10^12 rupiah a month: far above any real wage, far below where contribution arithmetic overflows. */
    public static final long MAX_MONTHLY = 999_999_999_999L;

    private Wages() {
    }
}
