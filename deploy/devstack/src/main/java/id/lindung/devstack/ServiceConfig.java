package id.lindung.devstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration a service needs to run against the devstack, as Quarkus/MicroProfile config keys. The same map
 * feeds {@link DevstackResource} (tests) and the {@code -D} options of the processes {@link Suite} starts, so tests and
 * {@code ./lindung up} cannot drift apart.
 */
public final class ServiceConfig {

    public static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    public static final String DB_USERNAME = "quarkus.datasource.username";
    public static final String DB_PASSWORD = "quarkus.datasource.password";
    public static final String KAFKA_BOOTSTRAP = "kafka.bootstrap.servers";
    public static final String JWT_PUBLIC_KEY_LOCATION = "mp.jwt.verify.publickey.location";
    public static final String JWT_ISSUER = "mp.jwt.verify.issuer";
    public static final String JWT_AUDIENCES = "mp.jwt.verify.audiences";
    public static final String REGIONS_PATH = "lindung.regions.path";

    private ServiceConfig() {
    }

    /** Everything a service behind the gateway needs: its database, Kafka, token verification and regions. */
    public static Map<String, String> forBackend(LindungService service, Devstack stack, DevJwt tokens,
            Optional<Path> regions) {
        String database = service.database()
                .orElseThrow(() -> new IllegalArgumentException(service.id() + " has no database"));
        Map<String, String> config = new LinkedHashMap<>();
        config.put(JDBC_URL, stack.jdbcUrl(database));
        config.put(DB_USERNAME, database);
        config.put(DB_PASSWORD, database);
        config.put(KAFKA_BOOTSTRAP, stack.bootstrapServers());
        config.putAll(forGateway(tokens, regions));
        return config;
    }

    /** The gateway keeps no state: token verification and regions only. */
    public static Map<String, String> forGateway(DevJwt tokens, Optional<Path> regions) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put(JWT_PUBLIC_KEY_LOCATION, tokens.publicKeyPath().toString());
        config.put(JWT_ISSUER, DevJwt.ISSUER);
        config.put(JWT_AUDIENCES, DevJwt.AUDIENCE);
        regions.ifPresent(path -> config.put(REGIONS_PATH, path.toString()));
        return config;
    }
}
