package id.lindung.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import io.restassured.path.json.JsonPath;

import id.lindung.devstack.Topics;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;

/**
 * The fault suite's load: ENROLLED records of made-up people in Kabupaten Malang (35.07), each paid by a regional
 * budget (the province 35, the regency 35.07 or the village 35.07.01.2001), sent half through the REST door (batches
 * through the gateway) and half through the Kafka door. Every record carries a fresh eventId, so a resent batch is
 * answered as duplicates and changes nothing.
 */
final class FaultLoad {

    static final String PROVINCE = "35";
    static final String REGENCY = "35.07";
    static final String VILLAGE = "35.07.01.2001";
    /** The NIK's district: 35.07.01 (Donomulyo). */
    private static final String NIK_DISTRICT = "350701";
    private static final int PEOPLE_PER_BIRTH_DATE = 9_999;
    private static final int BATCH = 100;
    private static final int REST_SENDERS = 2;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** Longer than any outage the suite inflicts, so that an unanswered batch is resent until it is answered. */
    private static final Duration RESEND_FOR = Duration.ofMinutes(10);

    private final String gatewayUrl;
    private final String token;
    private final KafkaProducer<String, String> producer;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final LocalDate firstBirthDate;
    private final long kpjBase;
    private final AtomicLong next = new AtomicLong();
    private final Map<Integer, AtomicInteger> resentByStatus = new ConcurrentHashMap<>();
    private final AtomicInteger unanswered = new AtomicInteger();

    /**
     * @param kpjBase the first KPJ of this load (11 digits); its records use {@code kpjBase} upwards
     */
    FaultLoad(String gatewayUrl, String token, String bootstrapServers, LocalDate firstBirthDate, long kpjBase) {
        this.gatewayUrl = gatewayUrl;
        this.token = token;
        this.firstBirthDate = firstBirthDate;
        this.kpjBase = kpjBase;
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        // a send waits out a broker restart instead of failing
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) RESEND_FOR.toMillis());
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) RESEND_FOR.toMillis());
        this.producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    /** The KPJs this load has handed out so far lie in {@code [kpjBase, kpjBase + sent)}. */
    long sent() {
        return next.get();
    }

    long kpjBase() {
        return kpjBase;
    }

    /** Resends by the answer that made them (0: no answer at all), e.g. {@code {0=3, 503=12}}. */
    Map<Integer, Integer> resends() {
        Map<Integer, Integer> resends = resentByStatus.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().get()));
        if (unanswered.get() > 0) {
            resends.put(0, unanswered.get());
        }
        return resends;
    }

    /**
     * Sends {@code count} new records, half through each door, and returns once every one is acknowledged: the Kafka
     * door by the broker (acks=all), the REST door by an answer naming each record ACCEPTED (or DUPLICATE, for a
     * resent batch whose first answer was lost). {@code halfway} is completed when half the records have been handed
     * to the doors, the moment to inject a fault.
     */
    void send(int count, CompletableFuture<Void> halfway) {
        int kafkaCount = count / 2;
        AtomicInteger restLeft = new AtomicInteger(count - kafkaCount);
        AtomicInteger handedOver = new AtomicInteger();
        IntConsumer progress = records -> {
            if (handedOver.addAndGet(records) >= count / 2) {
                halfway.complete(null);
            }
        };
        AtomicReference<Exception> refused = new AtomicReference<>();
        // both doors at once: one thread feeds the producer, the others post batches as long as records are left
        try (var senders = Executors.newFixedThreadPool(REST_SENDERS + 1)) {
            List<Future<?>> work = new ArrayList<>();
            work.add(senders.submit(() -> {
                for (int i = 0; i < kafkaCount; i++) {
                    String[] record = record();
                    producer.send(new ProducerRecord<>(Topics.BPJS_ENROLLMENT_EVENTS, record[0], record[1]),
                            (metadata, failure) -> {
                                if (failure != null) {
                                    refused.compareAndSet(null, failure);
                                }
                            });
                    progress.accept(1);
                }
                producer.flush();
            }));
            for (int sender = 0; sender < REST_SENDERS; sender++) {
                work.add(senders.submit(() -> {
                    int size;
                    while ((size = claim(restLeft)) > 0) {
                        List<String> records = new ArrayList<>(size);
                        for (int i = 0; i < size; i++) {
                            records.add(record()[1]);
                        }
                        post(records);
                        progress.accept(size);
                    }
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Sending failed: " + e.getCause().getMessage(), e.getCause());
        }
        if (refused.get() != null) {
            throw new IllegalStateException("Kafka did not acknowledge a record: " + refused.get().getMessage(),
                    refused.get());
        }
        halfway.complete(null);
    }

    /** Takes up to one batch of the records left to post. */
    private static int claim(AtomicInteger left) {
        int before = left.getAndUpdate(value -> Math.max(0, value - BATCH));
        return Math.min(BATCH, before);
    }

    void close() {
        producer.close();
    }

    /** POSTs one batch, resending it until it is answered; a 5xx (e.g. 503 with Retry-After) is an outage. */
    private void post(List<String> records) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/v1/enrollment-events"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString("[" + String.join(",", records) + "]"))
                .build();
        RetryPolicy<HttpResponse<String>> resend = RetryPolicy.<HttpResponse<String>>builder()
                .handle(IOException.class)
                .handleResultIf(response -> response.statusCode() >= 500 || response.statusCode() == 429)
                .withBackoff(Duration.ofMillis(250), Duration.ofSeconds(5))
                .withDelayFn(context -> retryAfter(context.getLastResult()))
                .withMaxRetries(-1)
                .withMaxDuration(RESEND_FOR)
                .onRetry(event -> {
                    if (event.getLastResult() == null) {
                        unanswered.incrementAndGet();
                    } else {
                        resentByStatus.computeIfAbsent(event.getLastResult().statusCode(), status -> new AtomicInteger())
                                .incrementAndGet();
                    }
                })
                .build();
        HttpResponse<String> response = Failsafe.with(resend)
                .get(() -> http.send(request, HttpResponse.BodyHandlers.ofString()));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("A batch was answered " + response.statusCode() + ": " + response.body());
        }
        List<String> outcomes = JsonPath.from(response.body()).getList("results.outcome", String.class);
        if (outcomes.size() != records.size() || !Set.of("ACCEPTED", "DUPLICATE").containsAll(outcomes)) {
            throw new IllegalStateException("A batch was not taken whole: " + response.body());
        }
    }

    /** The server's Retry-After (seconds) when it gave one; else a negative delay, which leaves it to the back-off. */
    private static Duration retryAfter(HttpResponse<String> response) {
        return Optional.ofNullable(response)
                .flatMap(answer -> answer.headers().firstValue("Retry-After"))
                .filter(value -> value.matches("\\d{1,3}"))
                .map(value -> Duration.ofSeconds(Math.min(Long.parseLong(value), 10)))
                .orElse(Duration.ofMillis(-1));
    }

    /** The next record: {eventId, JSON}. Person n has KPJ kpjBase + n and a NIK valid for 35.07.01. */
    private String[] record() {
        long n = next.getAndIncrement();
        LocalDate birth = firstBirthDate.plusDays(n / (2L * PEOPLE_PER_BIRTH_DATE));
        boolean female = (n / PEOPLE_PER_BIRTH_DATE) % 2 == 1;
        long serial = n % PEOPLE_PER_BIRTH_DATE + 1;
        String nik = NIK_DISTRICT + "%02d%02d%02d%04d".formatted(birth.getDayOfMonth() + (female ? 40 : 0),
                birth.getMonthValue(), birth.getYear() % 100, serial);
        String eventId = "fault-" + (kpjBase + n);
        int payer = (int) (n % 3);
        String payerType = switch (payer) {
            case 0 -> "APBD_PROVINSI";
            case 1 -> "APBD_KABKOTA";
            default -> "APBDES";
        };
        String payerRegion = switch (payer) {
            case 0 -> PROVINCE;
            case 1 -> REGENCY;
            default -> VILLAGE;
        };
        String category = payer == 2 ? "PERANGKAT_DESA" : "NON_ASN";
        String json = """
                {"eventId": "%s", "type": "ENROLLED", "occurredAt": "2026-01-05T08:00:00Z", "kpj": "%d",
                 "nik": "%s", "fullName": "Peserta Gangguan %d", "birthDate": "%s", "sex": "%s",
                 "segment": "PU", "category": "%s", "domicileRegion": "%s",
                 "payer": {"type": "%s", "region": "%s"}, "programmes": ["JKK", "JKM"],
                 "wageBase": 2000000, "riskClass": 1, "coverageStart": "2026-01-01"}"""
                .formatted(eventId, kpjBase + n, nik, n, birth, female ? "FEMALE" : "MALE", category, VILLAGE,
                        payerType, payerRegion);
        return new String[]{eventId, json};
    }
}
