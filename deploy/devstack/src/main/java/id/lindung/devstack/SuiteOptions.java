package id.lindung.devstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How to run the whole suite.
 *
 * @param root the repository root, where each service's {@code target/quarkus-app/quarkus-run.jar} is
 * @param devstack how to run PostgreSQL and Kafka
 * @param jwtDir where the token key pair is kept (created when absent)
 * @param secretsFile where the services' other development secrets are kept (created when absent)
 * @param logDir where each service writes {@code <service>.log}
 * @param ports the HTTP port of each service; 0 for any free port
 * @param readyTimeout how long each service may take to report ready
 * @param jvmOptions options of each service's JVM, before {@code -jar}
 * @param otlpEndpoint where every service exports its traces (OTLP over HTTP with protobuf, e.g.
 *        {@code http://localhost:4318}); empty leaves tracing off, as the services ship
 * @param keycloakDir where Keycloak is unpacked and keeps its data when the suite runs one (see
 *        {@link KeycloakProcess}): the services then trust its realm's keys instead of the devstack's; empty: no
 *        Keycloak, the devstack's own key pair (the default)
 */
public record SuiteOptions(Path root, DevstackOptions devstack, Path jwtDir, Path secretsFile, Path logDir,
        Map<LindungService, Integer> ports, Duration readyTimeout, List<String> jvmOptions,
        Optional<URI> otlpEndpoint, Optional<Path> keycloakDir) {

    /** A small heap and the C1 compiler only: four services and the devstack share two cores at start-up. */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC");
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(120);

    public SuiteOptions {
        ports = Map.copyOf(ports);
        jvmOptions = List.copyOf(jvmOptions);
        Objects.requireNonNull(otlpEndpoint, "otlpEndpoint");
        Objects.requireNonNull(keycloakDir, "keycloakDir");
    }

    /**
     * What {@code ./lindung up} runs: data, keys and logs under {@code <root>/.lindung/}, PostgreSQL on 5432 and Kafka
     * on 9092 when free, the services on the ports of docs/architecture.md (8080 to 8083).
     */
    public static SuiteOptions forDeveloper(Path root) {
        Path home = root.resolve(".lindung");
        return new SuiteOptions(root, DevstackOptions.persistent(home), home.resolve("jwt"),
                home.resolve("secrets.properties"), home.resolve("logs"), ports(LindungService::defaultPort),
                DEFAULT_READY_TIMEOUT, DEFAULT_JVM_OPTIONS, Optional.empty(), Optional.empty());
    }

    /**
     * What system tests run: throw-away PostgreSQL and Kafka, every port free and chosen at start, keys and service logs
     * under {@code workDir} (e.g. {@code target/suite}) so that they outlive the run for diagnosis.
     */
    public static SuiteOptions forTests(Path root, Path workDir) {
        return new SuiteOptions(root, DevstackOptions.temporary(), workDir.resolve("jwt"),
                workDir.resolve("secrets.properties"), workDir.resolve("logs"), ports(service -> 0),
                DEFAULT_READY_TIMEOUT, DEFAULT_JVM_OPTIONS, Optional.empty(), Optional.empty());
    }

    public SuiteOptions withDevstack(DevstackOptions devstack) {
        return new SuiteOptions(root, devstack, jwtDir, secretsFile, logDir, ports, readyTimeout, jvmOptions,
                otlpEndpoint, keycloakDir);
    }

    public SuiteOptions withPort(LindungService service, int port) {
        Map<LindungService, Integer> changed = new EnumMap<>(ports);
        changed.put(service, port);
        return new SuiteOptions(root, devstack, jwtDir, secretsFile, logDir, changed, readyTimeout, jvmOptions,
                otlpEndpoint, keycloakDir);
    }

    public SuiteOptions withReadyTimeout(Duration readyTimeout) {
        return new SuiteOptions(root, devstack, jwtDir, secretsFile, logDir, ports, readyTimeout, jvmOptions,
                otlpEndpoint, keycloakDir);
    }

    public SuiteOptions withJvmOptions(List<String> jvmOptions) {
        return new SuiteOptions(root, devstack, jwtDir, secretsFile, logDir, ports, readyTimeout, jvmOptions,
                otlpEndpoint, keycloakDir);
    }

    /** Every service exports its traces to {@code endpoint} (OTLP/HTTP, protobuf). */
    public SuiteOptions withOtlpEndpoint(URI endpoint) {
        return new SuiteOptions(root, devstack, jwtDir, secretsFile, logDir, ports, readyTimeout, jvmOptions,
                Optional.of(endpoint), keycloakDir);
    }

    /** Runs Keycloak too, unpacked into {@code dir}; every service verifies tokens with its realm's keys. */
    public SuiteOptions withKeycloak(Path dir) {
        return new SuiteOptions(root, devstack, jwtDir, secretsFile, logDir, ports, readyTimeout, jvmOptions,
                otlpEndpoint, Optional.of(dir));
    }

    /** The packaged application of a service. */
    public Path runner(LindungService service) {
        return root.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static Map<LindungService, Integer> ports(Function<LindungService, Integer> port) {
        return Arrays.stream(LindungService.values()).collect(Collectors.toMap(Function.identity(), port));
    }
}
