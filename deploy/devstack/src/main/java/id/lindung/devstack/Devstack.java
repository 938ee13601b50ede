package id.lindung.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

/**
 * The suite's infrastructure: one PostgreSQL server with a database and role per service, and one Kafka cluster with
 * the topics of docs/architecture.md. Either started here (embedded, see {@link DevstackOptions}) or an operator's
 * that this class only provisions. Closing stops what was started here and nothing else.
 */
public final class Devstack implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Devstack.class);

    private final PostgresEndpoint postgres;
    private final String bootstrapServers;
    private final List<Part> owned;
    private final Optional<Path> temporaryDir;

    private Devstack(PostgresEndpoint postgres, String bootstrapServers, List<Part> owned,
            Optional<Path> temporaryDir) {
        this.postgres = postgres;
        this.bootstrapServers = bootstrapServers;
        this.owned = owned;
        this.temporaryDir = temporaryDir;
    }

    /**
     * Starts (or, when external, just reaches) PostgreSQL and Kafka side by side, then creates the missing databases,
     * roles and topics. Returns once both accept connections.
     */
    public static Devstack start(DevstackOptions options) {
        List<Part> owned = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<PostgresEndpoint> postgres = async("PostgreSQL", () -> {
            PostgresEndpoint endpoint = options.externalPostgres().orElseGet(() -> {
                EmbeddedPostgresServer server = EmbeddedPostgresServer.start(options.dataDir().resolve("pg"),
                        options.postgresPort(), options.fsync(), options.logDir().resolve("postgres.log"));
                owned.add(server);
                return server.endpoint();
            });
            DatabaseProvisioner.provision(endpoint.adminDataSource(), LindungService.databases());
            return endpoint;
        });
        CompletableFuture<String> kafka = async("Kafka", () -> {
            String bootstrap = options.externalKafka().orElseGet(() -> {
                KafkaProcess server = KafkaProcess.start(options.dataDir().resolve("kafka"), options.kafkaPort(),
                        options.partitions(), options.logDir().resolve("kafka.log"));
                owned.add(server);
                return server.bootstrapServers();
            });
            TopicProvisioner.provision(bootstrap, Topics.all(), options.partitions());
            return bootstrap;
        });
        try {
            return new Devstack(postgres.join(), kafka.join(), List.copyOf(owned),
                    options.keepData() ? Optional.empty() : Optional.of(options.dataDir()));
        } catch (CompletionException e) {
            CompletableFuture.allOf(postgres, kafka).exceptionally(ignored -> null).join();
            closeAll(owned);
            if (!options.keepData()) {
                Directories.deleteRecursively(options.dataDir());
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** A devstack that another owner started and will stop: closing this one does nothing. */
    static Devstack attach(PostgresEndpoint postgres, String bootstrapServers) {
        return new Devstack(postgres, bootstrapServers, List.of(), Optional.empty());
    }

    /** The Kafka bootstrap servers, {@code host:port[,host:port]}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    public PostgresEndpoint postgres() {
        return postgres;
    }

    /** The JDBC URL of one of the services' databases (see {@link LindungService#database()}). */
    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    /** Connections as the administrator (superuser {@code postgres} for the embedded server). */
    public DataSource adminDataSource() {
        return postgres.adminDataSource();
    }

    /**
     * The PostgreSQL server and Kafka broker this devstack started (none when external), to stop, kill and start on
     * their own (fault tests, {@code ./lindung stop kafka}).
     */
    List<Part> parts() {
        return owned;
    }

    /** Stops the broker and the server this devstack started, deleting their data unless it is to be kept. */
    @Override
    public void close() {
        closeAll(owned);
        temporaryDir.ifPresent(Directories::deleteRecursively);
    }

    private static <T> CompletableFuture<T> async(String name, Supplier<T> task) {
        return CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            T result = task.get();
            LOG.infof("%s ready at %s in %d ms", name, result instanceof PostgresEndpoint p ? p.server() : result,
                    (System.nanoTime() - start) / 1_000_000);
            return result;
        }, Threads.named("devstack-" + name));
    }

    private static void closeAll(List<Part> parts) {
        for (Part part : parts) {
            try {
                part.stop();
            } catch (RuntimeException e) {
                LOG.warn("Could not stop " + part, e);
            }
        }
    }
}
