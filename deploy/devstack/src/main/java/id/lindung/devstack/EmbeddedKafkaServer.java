package id.lindung.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;

import org.apache.kafka.common.Uuid;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * A real Apache Kafka broker in KRaft mode (one node, broker and controller) through SmallRye's
 * {@link EmbeddedKafkaBroker}, run by {@link #main} as a JVM of its own ({@link KafkaProcess} starts it), so that the
 * broker can be killed and started again without its clients' JVM. Its log directory is kept across restarts, and the
 * cluster id recorded there is reused; the owner deletes it when it is temporary.
 */
final class EmbeddedKafkaServer implements AutoCloseable {

    /**
     * The broker logs hundreds of INFO lines while starting; keep its warnings only. Held here because
     * java.util.logging keeps loggers (and so their levels) only while something references them.
     */
    private static final List<java.util.logging.Logger> QUIET_LOGGERS = List.of(
            quiet("kafka"),
            quiet("state.change.logger"),
            quiet("org.apache.kafka.server"),
            quiet("org.apache.kafka.controller"),
            quiet("org.apache.kafka.raft"),
            quiet("org.apache.kafka.metadata"),
            quiet("org.apache.kafka.image"),
            quiet("org.apache.kafka.storage"),
            quiet("org.apache.kafka.coordinator"),
            quiet("org.apache.kafka.queue"),
            quiet("org.apache.kafka.common.config"),
            quiet("org.apache.kafka.common.utils.AppInfoParser"),
            quiet("org.apache.kafka.common.metrics"),
            quiet("org.apache.kafka.common.telemetry"));

    /** Printed once the broker serves, followed by its port. */
    static final String READY = "Kafka broker ready on port ";

    private final EmbeddedKafkaBroker broker;

    private EmbeddedKafkaServer(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    /**
     * Runs the broker until this JVM is stopped (SIGTERM: a controlled shutdown) or the JVM that started it exits.
     *
     * @param args the log directory, the client port, the controller port and the default partition count
     */
    public static void main(String[] args) {
        if (args.length != 4) {
            throw new IllegalArgumentException("Usage: EmbeddedKafkaServer <log dir> <port> <controller port> <partitions>");
        }
        EmbeddedKafkaServer server = start(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "kafka-stop"));
        // a test JVM or launcher that dies without stopping its broker must not leave it running for good
        ProcessHandle.current().parent().ifPresent(parent -> Thread.ofPlatform().daemon().name("parent-watch")
                .start(() -> {
                    Processes.awaitExit(parent, Processes.FOREVER);
                    System.exit(0);
                }));
        System.out.println(READY + args[1]);
    }

    /**
     * @param logDir the broker's log (data) directory, formatted on first use
     * @param port the client port
     * @param controllerPort the KRaft controller's port
     * @param partitions the partition count of topics created without an explicit one
     */
    static EmbeddedKafkaServer start(Path logDir, int port, int controllerPort, int partitions) {
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withNodeId(1)
                .withKafkaHost("localhost")
                .withKafkaPort(port)
                .withControllerPort(controllerPort)
                .withClusterId(clusterId(logDir))
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(properties -> {
                    properties.put("log.dirs", logDir.toAbsolutePath().toString());
                    properties.put("num.partitions", Integer.toString(partitions));
                    // a broker that leaves without telling the controller stays registered on the kept metadata
                    // log, and the next start waits out its session (about 10 s) before it may register again
                    properties.put("controlled.shutdown.enable", "true");
                })
                .start();
        return new EmbeddedKafkaServer(broker);
    }

    @Override
    public void close() {
        broker.close();
    }

    /** The id a kept log directory was formatted with (Kafka refuses another), or a new one. */
    private static String clusterId(Path logDir) {
        Path meta = logDir.resolve("meta.properties");
        if (Files.isRegularFile(meta)) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(meta)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String clusterId = properties.getProperty("cluster.id");
            if (clusterId != null) {
                return clusterId;
            }
        }
        return Uuid.randomUuid().toString();
    }

    private static java.util.logging.Logger quiet(String category) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(category);
        logger.setLevel(Level.WARNING);
        return logger;
    }
}
