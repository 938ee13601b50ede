package id.lindung.devstack;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

/**
 * The whole suite running on this machine: the devstack's PostgreSQL and Kafka, and the four packaged services as
 * separate JVMs configured for them. Behind {@code ./lindung up} and the system tests.
 *
 * <pre>
 * try (Suite suite = Suite.start(SuiteOptions.forTests(RepoRoot.find(), Path.of("target/suite")))) {
 *     String token = suite.tokens().mint("alice", Set.of("viewer"), null, Duration.ofMinutes(10));
 *     given().baseUri(suite.gatewayUrl()).auth().oauth2(token).get("/api/v1/...");
 * }
 * </pre>
 */
public final class Suite implements AutoCloseable, SuiteParts {

    /** The gateway finds each backend at {@code lindung.gateway.backends.<id>}. */
    public static final String BACKEND_PROPERTY_PREFIX = "lindung.gateway.backends.";

    /** Keycloak's port for {@code ./lindung up --keycloak}, when free. */
    static final int DEVELOPER_KEYCLOAK_PORT = 8180;

    private static final Logger LOG = Logger.getLogger(Suite.class);

    private final SuiteOptions options;
    private final DevJwt tokens;
    private final DevSecrets secrets;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Object lock = new Object();
    /** Guarded by {@link #lock}, like {@link #devstack} and {@link #closed}. */
    private final Map<LindungService, ServiceProcess> services = new EnumMap<>(LindungService.class);
    private final Supervisor supervisor;
    private volatile Devstack devstack;
    private volatile KeycloakProcess keycloak;
    private volatile boolean closed;

    /**
     * A suite that has not started yet: {@link #boot()} starts it, {@link #close()} stops what has started so far.
     *
     * @param listener told of every part that dies unexpectedly and of its restart, in a sentence
     */
    Suite(SuiteOptions options, Consumer<String> listener) {
        this.options = options;
        this.tokens = DevJwt.inDirectory(options.jwtDir());
        this.secrets = DevSecrets.inFile(options.secretsFile());
        this.supervisor = new Supervisor(listener);
    }

    /**
     * Starts PostgreSQL and Kafka, then the four services side by side, and returns once every service reports ready.
     * On failure everything started is stopped again and the exception names the service and its log file. From then
     * on a part that dies is restarted (see {@link Supervisor}); the restarts are logged.
     */
    public static Suite start(SuiteOptions options) {
        return start(options, message -> {
        });
    }

    /** As {@link #start(SuiteOptions)}, telling the listener of every part that dies and of its restart. */
    public static Suite start(SuiteOptions options, Consumer<String> listener) {
        Suite suite = new Suite(options, listener);
        suite.boot();
        return suite;
    }

    void boot() {
        List<String> missing = Arrays.stream(LindungService.values())
                .map(options::runner)
                .filter(runner -> !Files.isRegularFile(runner))
                .map(Path::toString)
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The suite is not built, missing " + missing
                    + "; build it with ./mvnw -DskipTests install");
        }
        Map<LindungService, Integer> ports = choosePorts();
        try {
            // Keycloak (when asked for) starts beside PostgreSQL and Kafka: it is the slowest part
            CompletableFuture<Optional<KeycloakProcess>> identityProvider = CompletableFuture.supplyAsync(
                    () -> options.keycloakDir().map(dir -> KeycloakProcess.start(options.root(), dir,
                            !options.devstack().keepData(), options.devstack().keepData() ? DEVELOPER_KEYCLOAK_PORT : 0,
                            options.logDir().resolve("keycloak.log"))),
                    Threads.named("devstack-keycloak"));
            Devstack started = null;
            try {
                started = Devstack.start(options.devstack());
            } finally {
                synchronized (lock) {
                    devstack = started; // so that close() stops it should Keycloak have failed
                }
                try {
                    keycloak = identityProvider.join().orElse(null);
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException cause ? cause : e;
                }
            }
            synchronized (lock) {
                devstack = started;
                checkNotClosed();
            }
            Map<LindungService, ServiceProcess> processes = new EnumMap<>(LindungService.class);
            for (LindungService service : LindungService.values()) {
                processes.put(service, new ServiceProcess(service, ports.get(service), options.runner(service),
                        options.jvmOptions(), config(service, ports), options.logDir().resolve(service.id() + ".log"),
                        http, options.readyTimeout()));
            }
            synchronized (lock) {
                checkNotClosed();
                services.putAll(processes);
                processes.values().forEach(ServiceProcess::launch);
            }
            awaitReady(List.copyOf(processes.values()));
            synchronized (lock) {
                checkNotClosed();
                parts().forEach(supervisor::watch);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The single entry point of the suite, e.g. {@code http://localhost:8080}. */
    public String gatewayUrl() {
        return serviceUrl(LindungService.GATEWAY);
    }

    public String serviceUrl(LindungService service) {
        return process(service).url();
    }

    /** @param id {@code gateway}, {@code enrollment}, {@code budget} or {@code reporting} */
    public String serviceUrl(String id) {
        return serviceUrl(LindungService.fromId(id));
    }

    int port(LindungService service) {
        return process(service).port();
    }

    public Path logFile(LindungService service) {
        return process(service).logFile();
    }

    /** The key pair every service trusts, to mint tokens with. */
    public DevJwt tokens() {
        return tokens;
    }

    /** Keycloak, when the suite runs one ({@link SuiteOptions#withKeycloak}): the issuer every service trusts then. */
    public Optional<KeycloakProcess> keycloak() {
        return Optional.ofNullable(keycloak);
    }

    /** PostgreSQL and Kafka, e.g. to look into a service's database or topic. */
    public Devstack devstack() {
        return devstack;
    }

    /** Stops one service on purpose (it stays down until {@link #start(LindungService)}); the others keep running. */
    public void stop(LindungService service) {
        stop(service.id());
    }

    /** Starts a stopped service again on its port and waits until it is ready. */
    public void start(LindungService service) {
        start(service.id());
    }

    /**
     * The parts that can be stopped, killed and started on their own: {@code postgres} and {@code kafka} (when the
     * devstack started them rather than using an operator's), {@code gateway}, {@code enrollment}, {@code budget},
     * {@code reporting}.
     */
    @Override
    public List<String> partIds() {
        return parts().stream().map(Part::id).toList();
    }

    /** Stops a part on purpose, gracefully; the supervisor leaves it down until {@link #start(String)}. */
    @Override
    public void stop(String partId) {
        Part part = part(partId);
        supervisor.hold(part);
        part.stop();
    }

    /** Starts a part again (on its port, with its data) and waits until it is ready; it is supervised from then on. */
    @Override
    public void start(String partId) {
        Part part = part(partId);
        part.start();
        supervisor.watch(part);
    }

    /**
     * Kills a part's process at once (SIGKILL, {@code kill -9}), as a crash would. The supervisor notices and starts it
     * again: {@link #state(String)} is {@link PartState#RUNNING} again once it is back.
     */
    public void kill(String partId) {
        part(partId).kill();
    }

    /** What the part is doing. */
    @Override
    public PartState state(String partId) {
        return supervisor.state(part(partId).id()).orElse(PartState.STOPPED);
    }

    /** How often the supervisor has restarted the part after it died. */
    public int restarts(String partId) {
        return supervisor.restarts(part(partId).id());
    }

    /** The process of each service that runs, e.g. to tell whether one has died. */
    Map<LindungService, ProcessHandle> processes() {
        synchronized (lock) {
            return services.entrySet().stream()
                    .filter(entry -> entry.getValue().process().isPresent())
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().process().orElseThrow()));
        }
    }

    /** PostgreSQL and Kafka (when started here), then the services. */
    private List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        synchronized (lock) {
            if (devstack != null) {
                parts.addAll(devstack.parts());
            }
            if (keycloak != null) {
                parts.add(keycloak);
            }
            parts.addAll(services.values());
        }
        return parts;
    }

    private Part part(String partId) {
        return parts().stream()
                .filter(part -> part.id().equals(partId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown part '" + partId + "', expected one of "
                        + partIds()));
    }

    /**
     * Stops the services (side by side), then Kafka and PostgreSQL. Safe to call more than once and from a shutdown
     * hook while {@link #boot()} is still running: nothing is started after it.
     */
    @Override
    public void close() {
        List<ServiceProcess> running;
        Devstack infrastructure;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            supervisor.close();
            running = List.copyOf(services.values());
            infrastructure = devstack;
        }
        CompletableFuture.allOf(running.stream()
                .map(service -> CompletableFuture.runAsync(service::stop, Threads.named("stop-" + service.service().id())))
                .toArray(CompletableFuture[]::new)).join();
        if (infrastructure != null) {
            infrastructure.close();
        }
        KeycloakProcess identityProvider = keycloak;
        if (identityProvider != null) {
            identityProvider.stop();
        }
    }

    private Map<String, String> config(LindungService service, Map<LindungService, Integer> ports) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.http.port", Integer.toString(ports.get(service)));
        String keyLocation = keycloak != null ? keycloak.jwksUrl() : tokens.publicKeyPath().toString();
        String issuer = keycloak != null ? keycloak.issuer() : DevJwt.ISSUER;
        if (service == LindungService.GATEWAY) {
            config.putAll(ServiceConfig.forGateway(keyLocation, issuer));
            LindungService.backends().forEach(backend -> config.put(BACKEND_PROPERTY_PREFIX + backend.id(),
                    "http://localhost:" + ports.get(backend)));
        } else {
            config.putAll(ServiceConfig.forBackend(service, devstack, keyLocation, issuer));
        }
        config.putAll(secrets.of(service));
        options.otlpEndpoint().ifPresent(endpoint -> config.putAll(ServiceConfig.forTracing(endpoint)));
        return config;
    }

    private ServiceProcess process(LindungService service) {
        ServiceProcess process;
        synchronized (lock) {
            process = services.get(service);
        }
        if (process == null) {
            throw new IllegalStateException(service.id() + " has not been started");
        }
        return process;
    }

    /** Fixed ports must be free now rather than fail inside a service later; 0 becomes a free port. */
    private Map<LindungService, Integer> choosePorts() {
        Map<LindungService, Integer> chosen = new EnumMap<>(LindungService.class);
        for (LindungService service : LindungService.values()) {
            int port = options.ports().getOrDefault(service, 0);
            if (port > 0 && !Ports.isFree(port)) {
                throw new IllegalStateException("Port " + port + " (" + service.id()
                        + ") is in use: stop what listens there (an earlier ./lindung up? try ./lindung down)");
            }
            chosen.put(service, port > 0 ? port : Ports.free());
        }
        return chosen;
    }

    /** Waits for all services side by side; the first failure ends the wait, reporting every failure so far. */
    private void awaitReady(List<ServiceProcess> starting) {
        long start = System.nanoTime();
        CompletableFuture<Void> firstFailure = new CompletableFuture<>();
        List<CompletableFuture<Void>> waits = new ArrayList<>();
        for (ServiceProcess service : starting) {
            CompletableFuture<Void> wait = CompletableFuture.runAsync(() -> {
                service.awaitReady();
                LOG.infof("%s ready at %s after %d ms", service.service().id(), service.url(),
                        (System.nanoTime() - start) / 1_000_000);
            }, Threads.named("ready-" + service.service().id()));
            wait.whenComplete((ready, failure) -> {
                if (failure != null) {
                    firstFailure.completeExceptionally(failure);
                }
            });
            waits.add(wait);
        }
        CompletableFuture.anyOf(CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)), firstFailure)
                .exceptionally(ignored -> null)
                .join();
        String failures = waits.stream()
                .filter(CompletableFuture::isCompletedExceptionally)
                .map(wait -> wait.exceptionNow().getMessage())
                .collect(Collectors.joining(System.lineSeparator() + System.lineSeparator()));
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures);
        }
    }

    private void checkNotClosed() {
        if (closed) {
            throw new IllegalStateException("The suite was stopped while it started");
        }
    }
}
