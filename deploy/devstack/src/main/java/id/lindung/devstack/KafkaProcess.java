package id.lindung.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

/**
 * The Kafka broker as a JVM of its own ({@link EmbeddedKafkaServer#main}), on the classpath of this JVM, so that it can
 * be killed and started again while its clients run on. Its client and controller ports are chosen once and kept, like
 * its log directory, so clients find it again after a restart. Output goes to a log file.
 */
final class KafkaProcess implements Part {

    static final String ID = "kafka";

    private static final Logger LOG = Logger.getLogger(KafkaProcess.class);
    /** Generous: the first start formats the log directory while other JVMs compete for two cores. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC");

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private final int partitions;
    private final Path logFile;
    private volatile Process process;

    private KafkaProcess(Path logDir, int port, int controllerPort, int partitions, Path logFile) {
        this.logDir = logDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.partitions = partitions;
        this.logFile = logFile;
    }

    /**
     * @param logDir the broker's log (data) directory, formatted on first use
     * @param preferredPort the client port if it is free (0: any free port); the controller gets a free port of its own
     * @param partitions the partition count of topics created without an explicit one
     */
    static KafkaProcess start(Path logDir, int preferredPort, int partitions, Path logFile) {
        KafkaProcess kafka = new KafkaProcess(logDir, Ports.preferredOrFree(preferredPort), Ports.free(), partitions,
                logFile);
        kafka.start();
        return kafka;
    }

    String bootstrapServers() {
        return "localhost:" + port;
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
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), EmbeddedKafkaServer.class.getName(),
                logDir.toAbsolutePath().toString(), Integer.toString(port), Integer.toString(controllerPort),
                Integer.toString(partitions)));
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, "---- starting the Kafka broker on port " + port + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the Kafka broker", e);
        }
        awaitReady(process);
        LOG.infof("Kafka broker (pid %d) ready on port %d", process.pid(), port);
    }

    /** SIGTERM: the broker shuts down in a controlled way, telling the controller; SIGKILL after a grace period. */
    @Override
    public synchronized void stop() {
        Processes.terminate(process, STOP_GRACE, "The Kafka broker");
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
        return "Kafka broker on port " + port + " (" + logDir + ")";
    }

    /** Ready once the broker prints that it serves; fails early when the process exits. */
    private void awaitReady(Process starting) {
        long deadline = System.nanoTime() + STARTUP_WAIT.toNanos();
        long logStart = logSize();
        while (!readyLineSince(logStart)) {
            if (!starting.isAlive()) {
                throw new IllegalStateException("The Kafka broker exited with code " + starting.exitValue()
                        + " before it was ready; see " + logFile);
            }
            if (System.nanoTime() > deadline) {
                starting.destroyForcibly();
                throw new IllegalStateException("The Kafka broker was not ready within " + STARTUP_WAIT.toSeconds()
                        + " s; see " + logFile);
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
            }
        }
    }

    private long logSize() {
        try {
            return Files.size(logFile);
        } catch (IOException e) {
            return 0;
        }
    }

    private boolean readyLineSince(long offset) {
        try {
            byte[] log = Files.readAllBytes(logFile);
            String tail = new String(log, (int) Math.min(offset, log.length), (int) Math.max(0, log.length - offset),
                    StandardCharsets.UTF_8);
            return tail.contains(EmbeddedKafkaServer.READY + port);
        } catch (IOException e) {
            return false;
        }
    }
}
