package id.lindung.reporting;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.lindung.contracts.event.CloudEvent;
import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.event.EnrollmentChange.Status;
import id.lindung.contracts.event.EventSchemas;
import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.person.Sex;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;
import id.lindung.devstack.DevstackResource;

/**
 * Builds enrollment events as enrollment-service publishes them (validated against the contract's JSON Schema) and
 * publishes them to the real topic with a plain producer.
 */
public final class TestEvents {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static KafkaProducer<String, String> producer;

    private TestEvents() {
    }

    /** One enrollment's state, changed step by step the way enrollment-service would. */
    public record Enrollment(String participantId, String enrollmentId, long sequence, Status status,
            Category category, Segment segment, Set<Programme> programmes, String region, LocalDate coverageStart,
            LocalDate coverageEnd, OffsetDateTime occurredAt) {

        public static Enrollment nonAsn(String region) {
            return new Enrollment(UUID.randomUUID().toString(), UUID.randomUUID().toString(), 1, Status.ACTIVE,
                    Category.NON_ASN, Segment.PU, EnumSet.of(Programme.JKK, Programme.JKM), region,
                    LocalDate.of(2025, 1, 1), null, OffsetDateTime.now(ZoneOffset.UTC));
        }

        public static Enrollment pekerjaRentan(String region) {
            return new Enrollment(UUID.randomUUID().toString(), UUID.randomUUID().toString(), 1, Status.ACTIVE,
                    Category.PEKERJA_RENTAN, Segment.BPU, EnumSet.of(Programme.JKK, Programme.JKM), region,
                    LocalDate.of(2025, 1, 1), null, OffsetDateTime.now(ZoneOffset.UTC));
        }

        /** Another enrollment of the same participant (paid for by someone else). */
        public Enrollment another() {
            return new Enrollment(participantId, UUID.randomUUID().toString(), 1, Status.ACTIVE, category, segment,
                    programmes, region, coverageStart, null, occurredAt);
        }

        public Enrollment movedTo(String newRegion) {
            return new Enrollment(participantId, enrollmentId, sequence + 1, status, category, segment, programmes,
                    newRegion, coverageStart, coverageEnd, occurredAt.plusMinutes(1));
        }

        public Enrollment recategorised(Category newCategory, Segment newSegment) {
            return new Enrollment(participantId, enrollmentId, sequence + 1, status, newCategory, newSegment,
                    programmes, region, coverageStart, coverageEnd, occurredAt.plusMinutes(1));
        }

        public Enrollment withProgrammes(Set<Programme> newProgrammes) {
            return new Enrollment(participantId, enrollmentId, sequence + 1, status, category, segment,
                    EnumSet.copyOf(newProgrammes), region, coverageStart, coverageEnd, occurredAt.plusMinutes(1));
        }

        public Enrollment ended() {
            return new Enrollment(participantId, enrollmentId, sequence + 1, Status.ENDED, category, segment,
                    programmes, region, coverageStart, occurredAt.toLocalDate(), occurredAt.plusMinutes(1));
        }

        public Enrollment startedOn(LocalDate start, OffsetDateTime at) {
            return new Enrollment(participantId, enrollmentId, sequence, status, category, segment, programmes,
                    region, start, coverageEnd, at);
        }

        public Enrollment endedOn(LocalDate end, OffsetDateTime at) {
            return new Enrollment(participantId, enrollmentId, sequence + 1, Status.ENDED, category, segment,
                    programmes, region, coverageStart, end, at);
        }

        public String type() {
            if (status == Status.ENDED) {
                return EventTypes.ENROLLMENT_ENDED;
            }
            return sequence == 1 ? EventTypes.ENROLLMENT_ACTIVATED : EventTypes.ENROLLMENT_CHANGED;
        }

        public EnrollmentChange change() {
            PayerType payerType = segment == Segment.BPU ? PayerType.APBD_KABKOTA : PayerType.APBD_PROVINSI;
            String payerRegion = payerType == PayerType.APBD_PROVINSI
                    ? region.substring(0, 2)
                    : region.substring(0, Math.min(region.length(), 5));
            return new EnrollmentChange(participantId, enrollmentId, sequence, status, category, segment, programmes,
                    region, new EnrollmentChange.Payer(payerType, payerRegion), 1_000_000L,
                    segment == Segment.PU ? 1 : null, coverageStart, coverageEnd, Sex.FEMALE, 1990, occurredAt);
        }

        public CloudEvent<EnrollmentChange> event() {
            return new CloudEvent<>(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                    "/lindung/enrollment-service", type(), enrollmentId, OffsetDateTime.now(ZoneOffset.UTC),
                    "application/json", change(), null, null);
        }
    }

    /** The event as JSON, checked against the contract's schema first. */
    public static String json(CloudEvent<?> event) {
        try {
            String json = JSON.writeValueAsString(event);
            List<String> violations = EventSchemas.violations(JSON.readTree(json));
            if (!violations.isEmpty()) {
                throw new AssertionError("test event breaks its schema: " + violations);
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The event as JSON without the schema check (bulk publishing; the producer's tests check the shape). */
    public static String jsonUnchecked(CloudEvent<?> event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes the enrollments' current events (keyed by participant, as enrollment-service does) and waits for acks. */
    public static void publish(Enrollment... enrollments) {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (Enrollment enrollment : enrollments) {
            records.add(new ProducerRecord<>(EventTypes.ENROLLMENT_TOPIC, enrollment.participantId(),
                    json(enrollment.event())));
        }
        send(records);
    }

    /** Publishes ready-made values (e.g. a replayed event, or garbage) to a topic. */
    public static void publishRaw(String topic, String key, String... values) {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (String value : values) {
            records.add(new ProducerRecord<>(topic, key, value));
        }
        send(records);
    }

    public static void send(List<ProducerRecord<String, String>> records) {
        try {
            List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
            for (ProducerRecord<String, String> record : records) {
                acks.add(producer().send(record));
            }
            producer().flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not publish", e);
        }
    }

    public static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, DevstackResource.stack().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.LINGER_MS_CONFIG, 5,
                    ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    /** Publishes the enrollments' events under one Kafka key, so they land on one partition in this order. */
    public static void publishUnderKey(String key, CloudEvent<?>... events) {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (CloudEvent<?> event : events) {
            records.add(new ProducerRecord<>(EventTypes.ENROLLMENT_TOPIC, key, json(event)));
        }
        send(records);
    }

    /** The records of a topic (from the beginning) that satisfy the test: read until one is found and the topic is drained, or the timeout. */
    public static List<ConsumerRecord<String, String>> find(String topic, Predicate<ConsumerRecord<String, String>> test,
            Duration timeout) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, DevstackResource.stack().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            boolean drained = false;
            while (!(drained && !found.isEmpty()) && System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofMillis(500));
                records.forEach(record -> {
                    if (test.test(record)) {
                        found.add(record);
                    }
                });
                drained = records.isEmpty();
            }
            return found;
        }
    }

    /** A bearer token of the devstack's issuer. */
    public static String token(String role, String region) {
        return DevstackResource.tokens().mint("test-" + role, Set.of(role), region, Duration.ofMinutes(10));
    }
}
