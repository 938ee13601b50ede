package id.lindung.devstack;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Creates the suite's topics that do not exist yet, on the embedded broker or an operator's. The replication factor is
 * left to the broker's default, so the same call suits a one-node devstack and a real cluster.
 */
final class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private TopicProvisioner() {
    }

    static void provision(String bootstrapServers, Collection<String> topics, int partitions) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "lindung-devstack",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = await(admin.listTopics().names());
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, Optional.of(partitions), Optional.empty())
                            .configs(Map.of("retention.ms", Long.toString(Topics.retentionMs(topic)))))
                    .toList();
            if (!missing.isEmpty()) {
                LOG.infof("Creating topics %s with %d partitions", missing.stream().map(NewTopic::name).toList(),
                        partitions);
                for (KafkaFuture<Void> created : admin.createTopics(missing).values().values()) {
                    try {
                        await(created);
                    } catch (IllegalStateException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) {
                            throw e;
                        }
                    }
                }
            }
            awaitLeaders(admin, topics);
        }
    }

    /**
     * A topic exists before its partitions have leaders; a client that produces in between gets
     * NOT_LEADER_OR_FOLLOWER. Returning only once every partition has a leader spares the first test that retry.
     */
    private static void awaitLeaders(Admin admin, Collection<String> topics) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            boolean ready = await(admin.describeTopics(topics).allTopicNames()).values().stream()
                    .flatMap(topic -> topic.partitions().stream())
                    .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
            if (ready) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Kafka partitions of " + topics + " have no leader after "
                        + TIMEOUT.toSeconds() + " s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for partition leaders", e);
            }
        }
    }

    private static <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused to list or create topics: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        }
    }
}
