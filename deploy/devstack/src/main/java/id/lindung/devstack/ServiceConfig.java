package id.lindung.devstack;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

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
    // not public: tracing is optional, so deploy/checks must not count these among the keys every service needs
    private static final String OTEL_SDK_DISABLED = "quarkus.otel.sdk.disabled";
    private static final String OTLP_TRACES_ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";
    private static final String OTLP_TRACES_PROTOCOL = "quarkus.otel.exporter.otlp.traces.protocol";

    private ServiceConfig() {
    }

    /**
     * Everything a service behind the gateway needs: its database, Kafka and token verification. The region list
     * is not among them: every service loads the one shipped in lindung-contracts.
     */
    public static Map<String, String> forBackend(LindungService service, Devstack stack, DevJwt tokens) {
        return forBackend(service, stack, tokens.publicKeyPath().toString(), DevJwt.ISSUER);
    }

    /**
     * As {@link #forBackend(LindungService, Devstack, DevJwt)}, trusting another issuer's keys: a PEM file or a JWKS
     * URL such as Keycloak's ({@link KeycloakProcess#jwksUrl()}).
     */
    public static Map<String, String> forBackend(LindungService service, Devstack stack, String keyLocation,
            String issuer) {
        String database = service.database()
                .orElseThrow(() -> new IllegalArgumentException(service.id() + " has no database"));
        Map<String, String> config = new LinkedHashMap<>();
        config.put(JDBC_URL, stack.jdbcUrl(database));
        config.put(DB_USERNAME, database);
        config.put(DB_PASSWORD, database);
        config.put(KAFKA_BOOTSTRAP, stack.bootstrapServers());
        config.putAll(forGateway(keyLocation, issuer));
        return config;
    }

    /** Turns tracing on, exporting to an OTLP/HTTP (protobuf) endpoint such as {@code http://localhost:4318}. */
    public static Map<String, String> forTracing(URI otlpEndpoint) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put(OTEL_SDK_DISABLED, "false");
        config.put(OTLP_TRACES_ENDPOINT, otlpEndpoint.toString());
        config.put(OTLP_TRACES_PROTOCOL, "http/protobuf");
        return config;
    }

    /** The gateway keeps no state: token verification only. */
    public static Map<String, String> forGateway(DevJwt tokens) {
        return forGateway(tokens.publicKeyPath().toString(), DevJwt.ISSUER);
    }

    /** Token verification with the keys at {@code keyLocation} (PEM file or JWKS URL) of {@code issuer}. */
    public static Map<String, String> forGateway(String keyLocation, String issuer) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put(JWT_PUBLIC_KEY_LOCATION, keyLocation);
        config.put(JWT_ISSUER, issuer);
        config.put(JWT_AUDIENCES, DevJwt.AUDIENCE);
        return config;
    }
}
