package id.lindung.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jboss.logging.Logger;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * Keycloak, the real identity provider, as a process of its own: the {@code keycloak-quarkus-dist} zip that the
 * devstack's build copies into {@code deploy/devstack/target/keycloak/} is unpacked once into a directory, and
 * {@code bin/kc.sh start-dev --import-realm} runs it on this JVM's JDK with realm {@code lindung}
 * ({@code deploy/keycloak/lindung-realm.json}) and its dev users ({@code deploy/keycloak/dev/}) in
 * {@code data/import}. Ready means the realm's {@code .well-known/openid-configuration} answers 200. The services then
 * verify tokens with its JWKS ({@link #jwksUrl()}) and issuer ({@link #issuer()}).
 *
 * <p>
 * Development only: start-dev keeps its data in an H2 file under the unpacked directory, runs plain HTTP and has a
 * bootstrap administrator {@value #ADMIN_USER}/{@value #ADMIN_PASSWORD}.
 */
public final class KeycloakProcess implements Part {

    static final String ID = "keycloak";
    public static final String VERSION = "26.4.7";
    public static final String REALM = "lindung";
    /** The realm's dev/test client with direct access grants (password grant). */
    public static final String CLI_CLIENT = "lindung-cli";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    /** Each dev user's password is this prefix and the user name ({@code deploy/keycloak/dev/}). */
    public static final String DEV_PASSWORD_PREFIX = "dev-";

    private static final Logger LOG = Logger.getLogger(KeycloakProcess.class);
    /** The first start builds Keycloak's own Quarkus application (about a minute on a loaded two-core machine). */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(300);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(500);

    private final Path distribution;
    private final Path home;
    private final Path realmDir;
    private final int port;
    private final int managementPort;
    private final Path logFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Process process;

    private KeycloakProcess(Path distribution, Path home, Path realmDir, int port, int managementPort, Path logFile) {
        this.distribution = distribution;
        this.home = home;
        this.realmDir = realmDir;
        this.port = port;
        this.managementPort = managementPort;
        this.logFile = logFile;
    }

    /** The zip the devstack's build copies from the Maven repository. */
    public static Path distribution(Path root) {
        return root.resolve("deploy/devstack/target/keycloak/keycloak-quarkus-dist-" + VERSION + ".zip");
    }

    /**
     * Unpacks the distribution into {@code dir} unless done before, and starts Keycloak.
     *
     * @param root the repository root (the realm is in {@code deploy/keycloak/})
     * @param dir where Keycloak is unpacked and keeps its data
     * @param fresh whether to forget the data of an earlier run (tests), so that the realm is imported anew
     * @param preferredPort the HTTP port if it is free (0: any free port)
     */
    public static KeycloakProcess start(Path root, Path dir, boolean fresh, int preferredPort, Path logFile) {
        Path zip = distribution(root);
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak is not there: " + zip
                    + "; build the devstack with ./mvnw -pl deploy/devstack -am -DskipTests install");
        }
        KeycloakProcess keycloak = new KeycloakProcess(zip, dir.toAbsolutePath(), root.resolve("deploy/keycloak"),
                Ports.preferredOrFree(preferredPort), Ports.free(), logFile);
        if (fresh) {
            Directories.deleteRecursively(keycloak.installation().resolve("data"));
        }
        keycloak.start();
        return keycloak;
    }

    /** E.g. {@code http://localhost:8180}. */
    public String url() {
        return "http://localhost:" + port;
    }

    /** The {@code iss} of the realm's tokens (the hostname is fixed, so it does not follow the request's). */
    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    /** The realm's JSON Web Key Set, for {@code mp.jwt.verify.publickey.location}. */
    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String tokenUrl() {
        return issuer() + "/protocol/openid-connect/token";
    }

    int port() {
        return port;
    }

    /** An access token of the realm by password grant (direct access grants must be on for the client). */
    public String passwordGrant(String clientId, String username, String password) {
        return passwordGrant(tokenUrl(), clientId, username, password);
    }

    /** An access token of the master realm's administrator, for the admin REST API ({@code /admin/realms/...}). */
    public String adminToken() {
        return passwordGrant(url() + "/realms/master/protocol/openid-connect/token", "admin-cli", ADMIN_USER,
                ADMIN_PASSWORD);
    }

    static String passwordGrant(String tokenUrl, String clientId, String username, String password) {
        String form = Stream.of(Map.entry("grant_type", "password"), Map.entry("client_id", clientId),
                Map.entry("username", username), Map.entry("password", password))
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + " (client " + clientId
                        + "): " + answer.statusCode() + " " + answer.body());
            }
            return (String) JsonUtil.parseJson(answer.body()).get("access_token");
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not answer at " + tokenUrl, e);
        } catch (JoseException e) {
            throw new IllegalStateException("Keycloak's token answer is not JSON", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        Path installation = unpacked();
        List<String> command = new ArrayList<>(List.of("/bin/bash", installation.resolve("bin/kc.sh").toString(),
                "start-dev", "--import-realm", "--http-port=" + port, "--http-management-port=" + managementPort,
                "--hostname=" + url(), "--health-enabled=true"));
        try {
            Path imports = Files.createDirectories(installation.resolve("data/import"));
            Files.copy(realmDir.resolve("lindung-realm.json"), imports.resolve("lindung-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            try (Stream<Path> dev = Files.list(realmDir.resolve("dev"))) {
                for (Path file : dev.filter(path -> path.toString().endsWith(".json")).toList()) {
                    Files.copy(file, imports.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, "---- " + String.join(" ", command) + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(installation.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            long begin = System.nanoTime();
            process = builder.start();
            awaitReady(process);
            LOG.infof("Keycloak (pid %d) ready at %s in %d ms", process.pid(), url(),
                    (System.nanoTime() - begin) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Keycloak", e);
        }
    }

    @Override
    public synchronized void stop() {
        Processes.terminate(process, STOP_GRACE, "Keycloak");
    }

    @Override
    public synchronized void kill() {
        Processes.kill(process);
    }

    @Override
    public Optional<ProcessHandle> process() {
        return Processes.alive(process);
    }

    @Override
    public Path logFile() {
        return logFile;
    }

    @Override
    public String toString() {
        return "Keycloak " + VERSION + " at " + url() + " (" + home + ")";
    }

    private Path installation() {
        return home.resolve("keycloak-" + VERSION);
    }

    /** The distribution, unpacked into {@link #installation()} the first time (a marker file says it is complete). */
    private Path unpacked() {
        Path installation = installation();
        Path done = home.resolve(".unpacked-" + VERSION);
        if (Files.exists(done)) {
            return installation;
        }
        try (ZipFile zip = new ZipFile(distribution.toFile())) {
            Files.createDirectories(home);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = home.resolve(entry.getName()).normalize();
                if (!target.startsWith(home)) {
                    throw new IOException("Zip entry outside its directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.writeString(done, VERSION);
            return installation;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + distribution + " into " + home, e);
        }
    }

    private void awaitReady(Process starting) {
        HttpRequest wellKnown = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + STARTUP_WAIT.toNanos();
        while (true) {
            if (!starting.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + starting.exitValue()
                        + " before it was ready; see " + logFile);
            }
            try {
                if (http.send(wellKnown, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // connection refused while Keycloak builds and boots
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            if (System.nanoTime() > deadline) {
                starting.destroyForcibly();
                throw new IllegalStateException("Keycloak was not ready within " + STARTUP_WAIT.toSeconds()
                        + " s; see " + logFile);
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
        }
    }
}
