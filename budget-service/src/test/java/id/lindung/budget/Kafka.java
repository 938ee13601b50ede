package id.lindung.budget;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.lindung.contracts.event.CloudEvent;
import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.person.Sex;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;
import id.lindung.devstack.DevstackResource;

/**
 * The real topics of the devstack: enrollment events produced as enrollment-service publishes them, and everything on
 * {@code budget.events} and {@code enrollment.events.dlq} collected by a background consumer.
 */
public final class Kafka {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** A record seen on a topic. */
    public record Seen(String topic, String key, JsonNode value, Map<String, String> headers) {
    }

    private static KafkaProducer<String, String> producer;
    private static final List<Seen> SEEN = new CopyOnWriteArrayList<>();
    private static Thread collector;

    private Kafka() {
    }

    /** An enrollment with a regional payer, open-ended unless ended later. */
    public record Enrollment(String participantId, String enrollmentId, Category category, Segment segment,
            Set<Programme> programmes, PayerType payerType, String payerRegion, long wageBase, Integer riskClass,
            LocalDate coverageStart, LocalDate coverageEnd) {

        public static Enrollment nonAsn(String regency, LocalDate start, LocalDate end, Programme... programmes) {
            return new Enrollment(UUID.randomUUID().toString(), UUID.randomUUID().toString(), Category.NON_ASN,
                    Segment.PU, Set.of(programmes), PayerType.APBD_KABKOTA, regency, 1_000_000, 1, start, end);
        }

        public Enrollment wage(long wage) {
            return new Enrollment(participantId, enrollmentId, category, segment, programmes, payerType, payerRegion,
                    wage, riskClass, coverageStart, coverageEnd);
        }

        public Enrollment ending(LocalDate end) {
            return new Enrollment(participantId, enrollmentId, category, segment, programmes, payerType, payerRegion,
                    wageBase, riskClass, coverageStart, end);
        }

        public Enrollment paidBy(PayerType type, String region) {
            return new Enrollment(participantId, enrollmentId, category, segment, programmes, type, region, wageBase,
                    riskClass, coverageStart, coverageEnd);
        }

        public CloudEvent<EnrollmentChange> event(String type, long sequence) {
            EnrollmentChange.Status status = EventTypes.ENROLLMENT_ENDED.equals(type)
                    ? EnrollmentChange.Status.ENDED
                    : EnrollmentChange.Status.ACTIVE;
            EnrollmentChange data = new EnrollmentChange(participantId, enrollmentId, sequence, status, category,
                    segment, programmes, payerRegion == null ? "36.03.01.2001" : payerRegion,
                    new EnrollmentChange.Payer(payerType, payerRegion), wageBase, riskClass, coverageStart,
                    coverageEnd, Sex.FEMALE, 1990, OffsetDateTime.now());
            return CloudEvent.of("/lindung/enrollment-service", type, participantId, OffsetDateTime.now(), data);
        }
    }

    public static synchronized void send(String key, String value) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, DevstackResource.stack().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new StringSerializer());
        }
        try {
            producer.send(new ProducerRecord<>(EventTypes.ENROLLMENT_TOPIC, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + EventTypes.ENROLLMENT_TOPIC, e);
        }
    }

    public static void send(CloudEvent<EnrollmentChange> event) {
        try {
            send(event.subject(), JSON.writeValueAsString(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything seen so far on budget.events and enrollment.events.dlq that matches. */
    public static List<Seen> seen(Predicate<Seen> matching) {
        startCollector();
        List<Seen> found = new ArrayList<>();
        for (Seen seen : SEEN) {
            if (matching.test(seen)) {
                found.add(seen);
            }
        }
        return found;
    }

    /** Budget events about one subject (line id or pool id), in the order published. */
    public static List<Seen> budgetEvents(String subject) {
        return seen(seen -> seen.topic().equals(EventTypes.BUDGET_TOPIC) && subject.equals(seen.key()));
    }

    private static synchronized void startCollector() {
        if (collector != null) {
            return;
        }
        collector = new Thread(() -> {
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, DevstackResource.stack().bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "budget-tests-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                    new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of(EventTypes.BUDGET_TOPIC,
                        EventTypes.deadLetterTopic(EventTypes.ENROLLMENT_TOPIC)));
                while (!Thread.currentThread().isInterrupted()) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                        Map<String, String> headers = new java.util.HashMap<>();
                        for (Header header : record.headers()) {
                            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
                        }
                        JsonNode value;
                        try {
                            value = JSON.readTree(record.value());
                        } catch (Exception e) {
                            value = JSON.getNodeFactory().textNode(record.value());
                        }
                        SEEN.add(new Seen(record.topic(), record.key(), value, headers));
                    }
                }
            } catch (org.apache.kafka.common.errors.InterruptException e) {
                Thread.currentThread().interrupt();
            }
        }, "budget-test-collector");
        collector.setDaemon(true);
        collector.start();
    }
}
