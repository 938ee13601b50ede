package id.lindung.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Test resource of every service's {@code @QuarkusTest}: real PostgreSQL and Kafka from the devstack, and the devstack's
 * JWT key pair.
 *
 * <pre>
 * &#64;WithTestResource(value = DevstackResource.class, initArgs = &#64;ResourceArg(name = "service", value = "budget"))
 * </pre>
 *
 * All test classes of a JVM share one stack, started by the first of them and stopped by a shutdown hook: starting
 * PostgreSQL and Kafka per test class would cost seconds each. The stack's coordinates are also published as system
 * properties, so a test class that Quarkus loads in another class loader (another test profile) reaches the same
 * stack and the same keys instead of starting a second one.
 */
public class DevstackResource implements QuarkusTestResourceLifecycleManager {

    /** Init argument naming the service under test: {@code enrollment}, {@code budget}, {@code reporting} or {@code gateway}. */
    public static final String SERVICE = "service";

    /**
     * The key itself, besides its location: Quarkus builds a test application before test resources start, and
     * smallrye-jwt, seeing no key configured at build time, then configures an in-memory key pair of its own that
     * would take precedence over {@code mp.jwt.verify.publickey.location}. A configured key text replaces it.
     */
    public static final String JWT_PUBLIC_KEY = "mp.jwt.verify.publickey";

    private static final String SHARED = "lindung.devstack.shared.";
    private static final String SHARED_JDBC_URL = SHARED + "jdbc-url";
    private static final String SHARED_USER = SHARED + "user";
    private static final String SHARED_PASSWORD = SHARED + "password";
    private static final String SHARED_BOOTSTRAP = SHARED + "bootstrap-servers";
    private static final String SHARED_JWT_DIR = SHARED + "jwt-dir";

    private static Devstack stack;
    private static DevJwt tokens;

    private LindungService service;

    @Override
    public void init(Map<String, String> initArgs) {
        String id = initArgs.get(SERVICE);
        if (id == null) {
            throw new IllegalArgumentException(DevstackResource.class.getSimpleName() + " needs the init argument '"
                    + SERVICE + "': @ResourceArg(name = \"service\", value = \"enrollment\")");
        }
        service = LindungService.fromId(id);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new LinkedHashMap<>(service == LindungService.GATEWAY
                ? ServiceConfig.forGateway(tokens())
                : ServiceConfig.forBackend(service, stack(), tokens()));
        config.put(JWT_PUBLIC_KEY, tokens().publicKeyPem());
        return config;
    }

    /** Nothing to do: the shared stack outlives each test class and stops when the JVM exits. */
    @Override
    public void stop() {
    }

    /** The running stack, started on first use: {@link Devstack#bootstrapServers()}, {@link Devstack#jdbcUrl(String)}... */
    public static synchronized Devstack stack() {
        if (stack == null) {
            String jdbcUrl = System.getProperty(SHARED_JDBC_URL);
            stack = jdbcUrl != null
                    ? Devstack.attach(new PostgresEndpoint(jdbcUrl, System.getProperty(SHARED_USER),
                            System.getProperty(SHARED_PASSWORD)), System.getProperty(SHARED_BOOTSTRAP))
                    : startShared();
        }
        return stack;
    }

    /** The key pair the services under test trust, to mint tokens with. */
    public static synchronized DevJwt tokens() {
        if (tokens == null) {
            String dir = System.getProperty(SHARED_JWT_DIR);
            tokens = DevJwt.inDirectory(dir != null ? Path.of(dir) : newSharedJwtDir());
        }
        return tokens;
    }

    private static Devstack startShared() {
        Devstack started = Devstack.start(DevstackOptions.temporary());
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "devstack-stop"));
        System.setProperty(SHARED_JDBC_URL, started.postgres().adminJdbcUrl());
        System.setProperty(SHARED_USER, started.postgres().adminUser());
        System.setProperty(SHARED_PASSWORD, started.postgres().adminPassword());
        System.setProperty(SHARED_BOOTSTRAP, started.bootstrapServers());
        return started;
    }

    private static Path newSharedJwtDir() {
        try {
            Path dir = Files.createTempDirectory("lindung-jwt");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> Directories.deleteRecursively(dir), "devstack-jwt"));
            System.setProperty(SHARED_JWT_DIR, dir.toString());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a directory for the test JWT keys", e);
        }
    }
}
