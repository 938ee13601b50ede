package id.lindung.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import id.lindung.platform.tracing.TraceContext;

/**
 * Publishes the outbox to Kafka in order: takes a batch of unpublished rows under a transaction-scoped advisory lock
 * (one relay at a time per database, so per-key order holds across replicas), sends them with an idempotent acks=all
 * producer, waits for every acknowledgement, then marks the rows published. A failure rolls back and the batch is sent
 * again later; consumers are idempotent, so a repeat is harmless.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary but fixed: the key of the advisory lock that makes the relay single-writer per database. */
    private static final long RELAY_LOCK = 0x4c696e64756e67L;

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxConfig config;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaProducer<String, String> producer;

    @PostConstruct
    void start() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay"),
                new StringSerializer(), new StringSerializer());
    }

    @PreDestroy
    void stop() {
        producer.close(java.time.Duration.ofSeconds(5));
    }

    @Scheduled(every = "${lindung.outbox.poll-interval:0.2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        try {
            int published;
            do {
                published = QuarkusTransaction.requiringNew().call(this::publishBatch);
            } while (published == config.batchSize());
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay will retry: %s", e.getMessage());
        }
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgePublished() {
        int purged = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("delete from outbox_message where published_at < :before")
                .setParameter("before", OffsetDateTime.now().minus(config.retention()))
                .executeUpdate());
        LOG.debugf("purged %d published outbox rows", purged);
    }

    /** How many rows wait to be published: a metric and a test hook. */
    public long backlog() {
        return QuarkusTransaction.joiningExisting().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_message where published_at is null")
                .getSingleResult()).longValue());
    }

    int publishBatch() throws InterruptedException, ExecutionException, TimeoutException {
        Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK)
                .getSingleResult();
        if (!locked) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select position, topic, message_key, event_type, payload, id, traceparent, tracestate from outbox_message
                where published_at is null order by position limit :limit""")
                .setParameter("limit", config.batchSize())
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>(rows.size());
        List<Long> positions = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>((String) row[1], (String) row[2],
                    (String) row[4]);
            record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", ((String) row[3]).getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_id", row[5].toString().getBytes(StandardCharsets.UTF_8));
            // the payload carries the trace context already; the headers let consumers (PollProcessor) and
            // tracing-aware Kafka tools join the trace without parsing the value
            addIfPresent(record, TraceContext.TRACEPARENT, (String) row[6]);
            addIfPresent(record, TraceContext.TRACESTATE, (String) row[7]);
            sent.add(producer.send(record));
            positions.add(((Number) row[0]).longValue());
        }
        producer.flush();
        for (Future<RecordMetadata> ack : sent) {
            ack.get(30, TimeUnit.SECONDS);
        }
        entityManager.createNativeQuery("update outbox_message set published_at = now() where position = any(:positions)")
                .setParameter("positions", positions.toArray(Long[]::new))
                .executeUpdate();
        return rows.size();
    }

    private static void addIfPresent(ProducerRecord<String, String> record, String header, String value) {
        if (value != null) {
            record.headers().add(header, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
