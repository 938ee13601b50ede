package id.lindung.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How to run the infrastructure.
 *
 * @param dataDir holds {@code pg/}, {@code kafka/} and {@code logs/}
 * @param keepData keep the data across runs ({@code ./lindung}) or delete it on close (tests)
 * @param fsync whether PostgreSQL flushes its writes to disk: on for {@code ./lindung up}, off for speed in tests
 *        (synchronous commit is on either way, so an acknowledged commit survives a crash of the server)
 * @param postgresPort the port PostgreSQL should use if it is free; 0 for any free port
 * @param kafkaPort the port Kafka should use if it is free; 0 for any free port
 * @param partitions partitions of each topic the devstack creates
 * @param externalPostgres an operator's server to use instead of starting one
 * @param externalKafka an operator's bootstrap servers to use instead of starting a broker
 */
public record DevstackOptions(Path dataDir, boolean keepData, boolean fsync, int postgresPort, int kafkaPort, int partitions,
        Optional<PostgresEndpoint> externalPostgres, Optional<String> externalKafka) {

    public static final int DEFAULT_POSTGRES_PORT = 5432;
    public static final int DEFAULT_KAFKA_PORT = 9092;
    /** System property that overrides the partitions per topic of {@link #temporary()}. */
    public static final String PARTITIONS_PROPERTY = "lindung.devstack.partitions";
    public static final String DATABASE_URL_ENV = "LINDUNG_DATABASE_URL";
    public static final String DATABASE_USER_ENV = "LINDUNG_DATABASE_USER";
    public static final String DATABASE_PASSWORD_ENV = "LINDUNG_DATABASE_PASSWORD";
    public static final String KAFKA_BOOTSTRAP_ENV = "LINDUNG_KAFKA_BOOTSTRAP";

    /** Throw-away infrastructure on free ports in a new temporary directory: what tests use. */
    public static DevstackOptions temporary() {
        try {
            return new DevstackOptions(Files.createTempDirectory("lindung-devstack"), false, false, 0, 0,
                    Integer.getInteger(PARTITIONS_PROPERTY, 3), Optional.empty(), Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory", e);
        }
    }

    /** Infrastructure whose data lives on in {@code dataDir}, on the usual ports when they are free. */
    public static DevstackOptions persistent(Path dataDir) {
        return new DevstackOptions(dataDir, true, true, DEFAULT_POSTGRES_PORT, DEFAULT_KAFKA_PORT, 3, Optional.empty(),
                Optional.empty());
    }

    /**
     * Uses the operator's PostgreSQL when {@value #DATABASE_URL_ENV} is set (an administrator's JDBC URL, with
     * {@value #DATABASE_USER_ENV} and {@value #DATABASE_PASSWORD_ENV}) and the operator's Kafka when
     * {@value #KAFKA_BOOTSTRAP_ENV} is set.
     */
    public DevstackOptions withEnvironment(Map<String, String> environment) {
        Optional<PostgresEndpoint> postgres = Optional.ofNullable(environment.get(DATABASE_URL_ENV))
                .filter(url -> !url.isBlank())
                .map(url -> new PostgresEndpoint(url, environment.getOrDefault(DATABASE_USER_ENV, "postgres"),
                        environment.getOrDefault(DATABASE_PASSWORD_ENV, "")));
        Optional<String> kafka = Optional.ofNullable(environment.get(KAFKA_BOOTSTRAP_ENV)).filter(s -> !s.isBlank());
        return new DevstackOptions(dataDir, keepData, fsync, postgresPort, kafkaPort, partitions,
                postgres.or(() -> externalPostgres), kafka.or(() -> externalKafka));
    }

    public DevstackOptions withPorts(int postgresPort, int kafkaPort) {
        return new DevstackOptions(dataDir, keepData, fsync, postgresPort, kafkaPort, partitions, externalPostgres,
                externalKafka);
    }

    public DevstackOptions withPartitions(int partitions) {
        return new DevstackOptions(dataDir, keepData, fsync, postgresPort, kafkaPort, partitions, externalPostgres,
                externalKafka);
    }

    Path logDir() {
        return dataDir.resolve("logs");
    }
}
