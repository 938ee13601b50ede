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
 * A real Apache Kafka broker in KRaft mode (one node, broker and controller) inside this JVM, through SmallRye's
 * {@link EmbeddedKafkaBroker}. Its log directory is either thrown away on close (tests) or kept across runs
 * ({@code ./lindung}), in which case the cluster id recorded there is reused.
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

    private final EmbeddedKafkaBroker broker;
    private final int port;

    private EmbeddedKafkaServer(EmbeddedKafkaBroker broker, int port) {
        this.broker = broker;
        this.port = port;
    }

    /**
     * @param logDir the broker's log (data) directory, formatted on first use
     * @param preferredPort the client port if it is free (0: any free port); the controller gets a free port of its own
     * @param partitions the partition count of topics created without an explicit one
     */
    static EmbeddedKafkaServer start(Path logDir, int preferredPort, int partitions, boolean keepData) {
        int port = Ports.preferredOrFree(preferredPort);
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withNodeId(1)
                .withKafkaHost("localhost")
                .withKafkaPort(port)
                .withClusterId(clusterId(logDir))
                .withDeleteLogDirsOnClose(!keepData)
                .withAdditionalProperties(properties -> {
                    properties.put("log.dirs", logDir.toAbsolutePath().toString());
                    properties.put("num.partitions", Integer.toString(partitions));
                    // a broker that leaves without telling the controller stays registered on the kept metadata
                    // log, and the next start waits out its session (about 10 s) before it may register again
                    properties.put("controlled.shutdown.enable", "true");
                })
                .start();
        return new EmbeddedKafkaServer(broker, port);
    }

    String bootstrapServers() {
        return "localhost:" + port;
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
