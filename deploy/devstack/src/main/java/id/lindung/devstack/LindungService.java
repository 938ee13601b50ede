package id.lindung.devstack;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The four applications of the suite, with what the devstack must know to run them: the Maven module holding the
 * packaged app, the HTTP port of docs/architecture.md and the database the service owns (role name = database name).
 */
public enum LindungService {

    GATEWAY("gateway", "gateway", 8080, null), ENROLLMENT("enrollment", "enrollment-service", 8081, "enrollment"), BUDGET(
            "budget", "budget-service", 8082, "budget"), REPORTING("reporting", "reporting-service", 8083, "reporting");

    private final String id;
    private final String module;
    private final int defaultPort;
    private final String database;

    LindungService(String id, String module, int defaultPort, String database) {
        this.id = id;
        this.module = module;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    /** Short name used in test resource arguments, log file names and {@code lindung.gateway.backends.<id>}. */
    public String id() {
        return id;
    }

    /** Directory of the Maven module, relative to the repository root. */
    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The database (and role) the service owns; empty for the gateway, which keeps no state. */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    /** The services behind the gateway, in the order their backends are listed. */
    public static List<LindungService> backends() {
        return List.of(ENROLLMENT, BUDGET, REPORTING);
    }

    /** Every database the suite needs. */
    public static List<String> databases() {
        return Arrays.stream(values()).flatMap(service -> service.database().stream()).toList();
    }

    public static LindungService fromId(String id) {
        return Arrays.stream(values())
                .filter(service -> service.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown Lindung service '" + id + "', expected one of "
                        + Arrays.stream(values()).map(LindungService::id).toList()));
    }
}
