package id.lindung.enrollment.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import id.lindung.devstack.DevstackResource;

/**
 * Everything published on a topic of the real broker during the test JVM, collected by one background consumer, so
 * tests can wait for the records they caused.
 */
public final class TopicWatcher {

    /** One record as read: key, value parsed as JSON, and the headers. */
    public record Received(String key, JsonNode value, String rawValue, Map<String, String> headers) {
    }

    private static final Map<String, TopicWatcher> WATCHERS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Queue<Received> received = new ConcurrentLinkedQueue<>();

    private TopicWatcher(String topic) {
        Thread.ofPlatform().daemon().name("watch-" + topic).start(() -> watch(topic));
    }

    public static TopicWatcher watching(String topic) {
        return WATCHERS.computeIfAbsent(topic, TopicWatcher::new);
    }

    public List<Received> matching(Predicate<Received> filter) {
        return received.stream().filter(filter).toList();
    }

    private void watch(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, DevstackResource.stack().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-watch-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (true) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    Map<String, String> headers = new java.util.HashMap<>();
                    record.headers().forEach(header -> headers.put(header.key(), header.value() == null
                            ? null
                            : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8)));
                    received.add(new Received(record.key(), parse(record.value()), record.value(), headers));
                }
            }
        }
    }

    private static JsonNode parse(String value) {
        try {
            return value == null ? null : Records.JSON.readTree(value);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
