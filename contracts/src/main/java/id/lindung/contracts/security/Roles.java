package id.lindung.contracts.security;

/** The roles of the {@code groups} claim. */
public final class Roles {

    /** Regional finance systems (BPKAD, village treasurers): write budget lines and disbursements. */
    public static final String FINANCE = "finance";
    /** Regional planners (Bappeda, Disnaker): post targets. */
    public static final String PLANNER = "planner";
    /** BPJS Ketenagakerjaan integration jobs: push enrollment events, look people up by NIK. */
    public static final String BPJS = "bpjs";
    /** Dashboards: read within their region. */
    public static final String VIEWER = "viewer";
    /** Operators of Lindung. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
