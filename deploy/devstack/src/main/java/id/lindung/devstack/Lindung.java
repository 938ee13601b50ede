package id.lindung.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.SimpleFormatter;
import java.util.stream.Collectors;

/**
 * The launcher behind {@code ./lindung}: runs the suite on a developer's machine ({@code up}), stops it ({@code down}),
 * tells what runs ({@code status}), holds one part down and brings it back ({@code stop PART}, {@code start PART}), mints
 * tokens ({@code token}) and forgets everything ({@code reset}). While up it restarts a part that dies. State lives in
 * {@code <repository>/.lindung/}. This is the one place that writes to the terminal; diagnostics go to
 * {@code .lindung/logs/lindung.log}.
 */
public final class Lindung {

    private static final Duration DOWN_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    /** Starting a service waits for its readiness (up to two minutes); stopping one takes its grace period. */
    private static final Duration CONTROL_TIMEOUT = Duration.ofMinutes(4);
    /** What {@code ./lindung stop} and {@code start} act on. */
    static final List<String> PARTS = List.of("gateway", "enrollment", "budget", "reporting", "kafka", "postgres",
            "keycloak");

    private final Path root;
    private final Path home;
    private final PrintStream out;
    private final PrintStream err;
    private volatile boolean stopping;

    Lindung(Path root, PrintStream out, PrintStream err) {
        this.root = root;
        this.home = root.resolve(".lindung");
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int exitCode = new Lindung(RepoRoot.find(), System.out, System.err).run(List.of(args));
        System.exit(exitCode);
    }

    int run(List<String> args) {
        String command = args.isEmpty() ? "help" : args.get(0);
        List<String> options = args.isEmpty() ? List.of() : args.subList(1, args.size());
        try {
            return switch (command) {
                case "up" -> up(options);
                case "down" -> down();
                case "status" -> status();
                case "stop" -> control(options, "stop");
                case "start" -> control(options, "start");
                case "token" -> token(options);
                case "reset" -> reset();
                case "help", "-h", "--help" -> {
                    usage(out);
                    yield 0;
                }
                default -> throw new IllegalArgumentException("Unknown command: " + command);
            };
        } catch (IllegalArgumentException e) {
            err.println("lindung: " + e.getMessage());
            usage(err);
            return 2;
        } catch (RuntimeException e) {
            err.println("lindung: " + e.getMessage());
            return 1;
        }
    }

    /** Starts everything and stays in the foreground until Ctrl-C or {@code ./lindung down}. */
    private int up(List<String> upOptions) {
        boolean withKeycloak = false;
        for (String option : upOptions) {
            if (!option.equals("--keycloak")) {
                throw new IllegalArgumentException("Unknown option of up: " + option);
            }
            withKeycloak = true;
        }
        Optional<ProcessHandle> running = LauncherState.runningLauncher(home);
        if (running.isPresent()) {
            throw new IllegalStateException("Lindung is already running (pid " + running.get().pid() + ")");
        }
        reportLeftOvers(stopLeftOvers());
        LauncherState.writePid(home);
        logToFile(home.resolve("logs/lindung.log"));
        DevstackOptions devstack = DevstackOptions.persistent(home).withEnvironment(System.getenv());
        SuiteOptions suiteOptions = SuiteOptions.forDeveloper(root).withDevstack(devstack);
        SuiteOptions options = withKeycloak ? suiteOptions.withKeycloak(home.resolve("keycloak")) : suiteOptions;
        keycloakUrlFile().toFile().delete();
        AtomicReference<Runnable> recordState = new AtomicReference<>(() -> {
        });
        Suite suite = new Suite(options, message -> {
            out.println("lindung: " + message);
            recordState.get().run(); // a restarted service has a new pid
        });
        AtomicReference<ControlServer> control = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping = true;
            out.println("Stopping the services, Kafka and PostgreSQL...");
            Optional.ofNullable(control.get()).ifPresent(ControlServer::close);
            suite.close();
            LauncherState.clear(home);
            keycloakUrlFile().toFile().delete();
            out.println("Lindung stopped.");
        }, "lindung-stop"));

        out.println("Starting PostgreSQL, Kafka" + (withKeycloak ? ", Keycloak" : "")
                + " and the four services (logs in " + relative(options.logDir()) + ")...");
        long start = System.nanoTime();
        try {
            suite.boot();
        } catch (RuntimeException e) {
            if (stopping) {
                return 0; // Ctrl-C or ./lindung down while starting: not a failure to report
            }
            throw e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        suite.keycloak().ifPresent(keycloak -> writeKeycloakUrl(keycloak.url()));
        control.set(ControlServer.start(suite));
        recordState.set(() -> recordState(suite, control.get()));
        recordState.get().run();
        welcome(suite, devstack, took);
        awaitShutdown();
        return 0;
    }

    private synchronized void recordState(Suite suite, ControlServer control) {
        if (stopping) {
            return;
        }
        Map<LindungService, Integer> ports = new EnumMap<>(LindungService.class);
        Map<LindungService, Long> pids = new EnumMap<>(LindungService.class);
        for (LindungService service : LindungService.values()) {
            ports.put(service, suite.port(service));
        }
        suite.processes().forEach((service, process) -> pids.put(service, process.pid()));
        new LauncherState(ProcessHandle.current().pid(), suite.devstack().postgres().server(),
                suite.devstack().bootstrapServers(), ports, pids, control.port(), control.token()).write(home);
    }

    /** {@code ./lindung stop PART} and {@code ./lindung start PART}: asks the running launcher to do it. */
    private int control(List<String> options, String action) {
        if (options.size() != 1) {
            throw new IllegalArgumentException("./lindung " + action + " needs one part: " + PARTS);
        }
        String part = options.get(0);
        if (!PARTS.contains(part)) {
            throw new IllegalArgumentException("Unknown part '" + part + "', expected one of " + PARTS);
        }
        LauncherState state = runningState()
                .orElseThrow(() -> new IllegalStateException("Lindung is not running (./lindung up starts it)"));
        out.println((action.equals("stop") ? "Stopping " : "Starting ") + part + "...");
        HttpResponse<String> answer = ask(state, "POST", "/parts/" + part + "/" + action, CONTROL_TIMEOUT);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(answer.body());
        }
        out.println(answer.body());
        return 0;
    }

    /** The state of a launcher that runs and has finished starting. */
    private Optional<LauncherState> runningState() {
        return LauncherState.runningLauncher(home)
                .flatMap(ignored -> LauncherState.read(home))
                .filter(state -> state.controlPort() > 0);
    }

    private static HttpResponse<String> ask(LauncherState state, String method, String path, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + state.controlPort() + path))
                .header(ControlServer.TOKEN_HEADER, state.controlToken())
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(timeout)
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("The launcher did not answer on its control port", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Each part's state as the running launcher sees it (running, restarting, stopped); empty if it cannot tell. */
    private static Map<String, String> partStates(LauncherState state) {
        try {
            HttpResponse<String> answer = ask(state, "GET", "/parts", PROBE_TIMEOUT);
            return answer.statusCode() != 200
                    ? Map.of()
                    : answer.body().lines().map(line -> line.split(" ", 2))
                            .filter(cells -> cells.length == 2)
                            .collect(Collectors.toMap(cells -> cells[0], cells -> cells[1]));
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private int down() {
        Optional<ProcessHandle> launcher = LauncherState.runningLauncher(home);
        if (launcher.isPresent()) {
            out.println("Stopping Lindung (pid " + launcher.get().pid() + ")...");
            launcher.get().destroy();
            if (!awaitExit(launcher.get())) {
                throw new IllegalStateException("Lindung (pid " + launcher.get().pid() + ") did not stop within "
                        + DOWN_TIMEOUT.toSeconds() + " s; see " + relative(home.resolve("logs/lindung.log")));
            }
            out.println("Lindung stopped.");
            return 0;
        }
        int stopped = stopLeftOvers();
        if (stopped == 0) {
            out.println("Lindung is not running.");
        }
        reportLeftOvers(stopped);
        return 0;
    }

    /**
     * A launcher killed without its shutdown hook (kill -9) leaves its services running, holding their ports. The state
     * file names them; stop those that still run a Quarkus app. Its PostgreSQL is stopped by the next start.
     */
    private int stopLeftOvers() {
        List<ProcessHandle> leftOver = LauncherState.read(home).map(state -> state.servicePids().values().stream()
                .flatMap(pid -> ProcessHandle.of(pid).stream())
                .filter(process -> process.info().commandLine().map(line -> line.contains("quarkus-run.jar"))
                        .orElse(false))
                .toList()).orElse(List.of());
        leftOver.forEach(ProcessHandle::destroy);
        leftOver.stream().filter(process -> !awaitExit(process)).forEach(ProcessHandle::destroyForcibly);
        LauncherState.clear(home);
        return leftOver.size();
    }

    private static boolean awaitExit(ProcessHandle process) {
        return Processes.awaitExit(process, DOWN_TIMEOUT);
    }

    private void reportLeftOvers(int stopped) {
        if (stopped > 0) {
            out.println("Stopped " + stopped + " service(s) left running by a launcher that was killed.");
        }
    }

    private int status() {
        Optional<ProcessHandle> launcher = LauncherState.runningLauncher(home);
        LauncherState state = launcher.flatMap(ignored -> LauncherState.read(home)).orElse(LauncherState.defaults());
        out.println(launcher.map(process -> "Lindung is running (pid " + process.pid() + ").")
                .orElse("Lindung is not running (./lindung up starts it)."));
        HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
        Map<String, String> parts = state.controlPort() > 0 ? partStates(state) : Map.of();
        for (LindungService service : LindungService.values()) {
            String url = "http://localhost:" + state.servicePorts().get(service);
            row(service.id(), url, health(ready(http, url), parts.get(service.id())));
        }
        row("PostgreSQL", state.postgresServer(), health(listening(state.postgresServer()), parts.get("postgres")));
        String firstBroker = state.kafkaBootstrap().split(",")[0];
        row("Kafka", state.kafkaBootstrap(), health(listening(firstBroker), parts.get("kafka")));
        if (launcher.isPresent()) {
            keycloakUrl().ifPresent(url -> row("Keycloak", url,
                    health(listening(url.substring(url.indexOf("//") + 2)), parts.get(KeycloakProcess.ID))));
        }
        return 0;
    }

    /** "up" or "down", and why when the launcher knows: stopped on purpose, or being restarted. */
    private static String health(boolean up, String partState) {
        String health = up ? "up" : "down";
        return partState == null || partState.equals("running") ? health : health + " (" + partState + ")";
    }

    private int token(List<String> options) {
        Optional<String> keycloak = LauncherState.runningLauncher(home).flatMap(ignored -> keycloakUrl());
        if (options.size() == 2 && options.get(0).equals("--user")) {
            String user = options.get(1);
            String url = keycloak.orElseThrow(() -> new IllegalStateException(
                    "Lindung does not run with Keycloak (./lindung up --keycloak starts it)"));
            out.println(KeycloakProcess.passwordGrant(url + "/realms/" + KeycloakProcess.REALM
                    + "/protocol/openid-connect/token", KeycloakProcess.CLI_CLIENT, user,
                    KeycloakProcess.DEV_PASSWORD_PREFIX + user));
            return 0;
        }
        if (keycloak.isPresent()) {
            err.println("lindung: the services trust Keycloak (" + keycloak.get() + ") now, not the devstack's key;"
                    + " take a token of a dev user (deploy/keycloak/dev/) with ./lindung token --user finance-36.03");
        }
        TokenRequest request = TokenRequest.parse(options);
        DevJwt tokens = DevJwt.inDirectory(home.resolve("jwt"));
        out.println(tokens.mint(request.subject(), request.roles(), request.region(), request.ttl()));
        return 0;
    }

    /** Where a launcher running Keycloak tells its URL, for {@code ./lindung token --user}. */
    private Path keycloakUrlFile() {
        return home.resolve("keycloak-url");
    }

    private Optional<String> keycloakUrl() {
        try {
            return Files.exists(keycloakUrlFile())
                    ? Optional.of(Files.readString(keycloakUrlFile()).trim())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void writeKeycloakUrl(String url) {
        try {
            Files.writeString(keycloakUrlFile(), url);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + keycloakUrlFile(), e);
        }
    }

    private int reset() {
        Optional<ProcessHandle> launcher = LauncherState.runningLauncher(home);
        if (launcher.isPresent()) {
            throw new IllegalStateException("Lindung is running (pid " + launcher.get().pid()
                    + "): stop it with ./lindung down first");
        }
        Directories.deleteRecursively(home);
        out.println("Removed " + relative(home) + " (databases, topics, keys and logs).");
        return 0;
    }

    private void welcome(Suite suite, DevstackOptions devstack, Duration took) {
        out.printf("%nLindung is up (%.1f s).%n%n", took.toMillis() / 1000.0);
        row("gateway", suite.gatewayUrl(), "the only URL a client needs");
        row("Swagger UI", suite.gatewayUrl() + "/q/swagger-ui", "");
        for (LindungService service : LindungService.backends()) {
            row(service.id(), suite.serviceUrl(service), "log " + relative(suite.logFile(service)));
        }
        row("PostgreSQL", suite.devstack().postgres().server(), devstack.externalPostgres().isPresent()
                ? "external (" + DevstackOptions.DATABASE_URL_ENV + ")"
                : "data in " + relative(devstack.dataDir().resolve("pg"))
                        + "; database = user = password = enrollment | budget | reporting");
        row("Kafka", suite.devstack().bootstrapServers(), devstack.externalKafka().isPresent()
                ? "external (" + DevstackOptions.KAFKA_BOOTSTRAP_ENV + ")"
                : "data in " + relative(devstack.dataDir().resolve("kafka")));
        if (suite.keycloak().isPresent()) {
            KeycloakProcess keycloak = suite.keycloak().get();
            row("Keycloak", keycloak.url(), "realm " + KeycloakProcess.REALM + "; admin console "
                    + KeycloakProcess.ADMIN_USER + "/" + KeycloakProcess.ADMIN_PASSWORD + " (dev only)");
            out.printf("%nThe services trust Keycloak's realm %s (JWKS %s). A token of a dev user"
                    + " (deploy/keycloak/dev/: finance-36.03, planner-36.03, viewer-36.03, viewer-national, bpjs, admin):%n",
                    KeycloakProcess.REALM, keycloak.jwksUrl());
            out.printf("  TOKEN=$(./lindung token --user viewer-36.03)%n");
            out.printf("  curl -H \"Authorization: Bearer $TOKEN\" %s/api/v1/reports/coverage/36.03%n",
                    suite.gatewayUrl());
            out.printf("%nA part that dies is restarted (and said so here); ./lindung stop PART holds one down,"
                    + " ./lindung start PART brings it back.%n");
            out.printf("Ctrl-C here, or ./lindung down from another shell, stops everything.%n");
            return;
        }
        out.printf("%nA token (roles: finance, planner, bpjs, viewer, admin; --region 36.03 scopes it):%n");
        out.printf("  TOKEN=$(./lindung token --role viewer)%n");
        out.printf("  curl -H \"Authorization: Bearer $TOKEN\" %s/api/v1/reports/coverage/ID%n", suite.gatewayUrl());
        out.printf("%nA part that dies is restarted (and said so here); ./lindung stop PART holds one down,"
                + " ./lindung start PART brings it back.%n");
        out.printf("Ctrl-C here, or ./lindung down from another shell, stops everything.%n");
    }

    private void row(String name, String where, String note) {
        out.printf("  %-11s %-34s %s%n", name, where, note);
    }

    private void awaitShutdown() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String relative(Path path) {
        return path.startsWith(root) ? root.relativize(path).toString() : path.toString();
    }

    private static boolean ready(HttpClient http, String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).timeout(PROBE_TIMEOUT)
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean listening(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(hostAndPort.substring(0, colon),
                    Integer.parseInt(hostAndPort.substring(colon + 1))), (int) PROBE_TIMEOUT.toMillis());
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Kafka, zonky and the suite log through java.util.logging here: into a file, away from the user's terminal. */
    private static void logToFile(Path file) {
        try {
            Files.createDirectories(file.getParent());
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$-7s [%3$s] %5$s%6$s%n");
            LogManager.getLogManager().reset();
            FileHandler handler = new FileHandler(file.toString(), true);
            handler.setFormatter(new SimpleFormatter());
            java.util.logging.Logger rootLogger = java.util.logging.Logger.getLogger("");
            rootLogger.setLevel(Level.INFO);
            rootLogger.addHandler(handler);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot log to " + file, e);
        }
    }

    private static String variable(String name, String meaning) {
        return String.format("  %-26s %s", name, meaning);
    }

    private static void usage(PrintStream to) {
        to.println(String.join(System.lineSeparator(), Arrays.asList(
                "Usage: ./lindung <command>",
                "  up      start PostgreSQL, Kafka and the four services; stays in the foreground (Ctrl-C stops)",
                "  up --keycloak  also Keycloak (realm deploy/keycloak/lindung-realm.json, dev users), which the",
                "          services then trust instead of the devstack's key; port 8180 when free",
                "  down    stop what ./lindung up started",
                "  status  tell what runs",
                "  stop PART   stop one part on purpose and keep it down (PART: " + String.join(", ", PARTS) + ")",
                "  start PART  start a part stopped that way again (same port, data kept)",
                "  " + TokenRequest.USAGE,
                "          print a token signed by the devstack's key (.lindung/jwt)",
                "  token --user <dev user>   with --keycloak: a Keycloak token of a dev user (password grant)",
                "  demo    walk the running suite through one story: target, budget line, enrollments, reports",
                "  reset   delete .lindung/ (databases, topics, keys, logs); refused while running",
                "",
                "./lindung up restarts a part that dies (with back-off, 1 s up to 30 s) and says so; PostgreSQL runs",
                "with fsync and synchronous commit on. It keeps its data in .lindung/ and uses ports 8080-8083",
                "(gateway, enrollment, budget, reporting), 5432 (PostgreSQL) and 9092 (Kafka), or free ports when",
                "those two are taken.",
                "To use an existing PostgreSQL or Kafka instead of starting one, set:",
                variable(DevstackOptions.DATABASE_URL_ENV,
                        "JDBC URL of an administrator's connection, e.g. jdbc:postgresql://db:5432/postgres"),
                variable(DevstackOptions.DATABASE_USER_ENV, "that administrator (may create roles and databases)"),
                variable(DevstackOptions.DATABASE_PASSWORD_ENV, "its password"),
                variable(DevstackOptions.KAFKA_BOOTSTRAP_ENV, "Kafka bootstrap servers, e.g. kafka:9092"),
                "The databases enrollment, budget and reporting (owner role = password = database name) and the",
                "topics are created there when missing.")));
    }
}
