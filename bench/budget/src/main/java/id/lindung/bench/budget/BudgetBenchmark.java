package id.lindung.bench.budget;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.PGConnection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.lindung.contracts.event.CloudEvent;
import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.event.EventTypes;
import id.lindung.devstack.DevJwt;
import id.lindung.devstack.Devstack;
import id.lindung.devstack.DevstackOptions;
import id.lindung.devstack.LindungService;
import id.lindung.devstack.RepoRoot;
import id.lindung.devstack.ServiceConfig;

/**
 * budget-service under load, each figure beside a raw baseline measured in the same run on the same machine:
 * <ol>
 * <li>enrollment events consumed into commitments (records/s), beside a plain Kafka producer and a plain consumer of
 * the same messages and a PostgreSQL COPY of as many rows;</li>
 * <li>budget lines posted through the API (requests/s, p50/p99), beside one JDBC transaction per row at the same
 * concurrency and a COPY of the same rows.</li>
 * </ol>
 */
public final class BudgetBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final int events;
    private final int lineCount;
    private final int clients;
    private final List<String> report = new ArrayList<>();

    private BudgetBenchmark(int events, int lineCount, int clients) {
        this.events = events;
        this.lineCount = lineCount;
        this.clients = clients;
    }

    public static void main(String[] args) throws Exception {
        int events = 1_000_000;
        int lines = 100_000;
        int clients = 16;
        for (int i = 0; i < args.length - 1; i += 2) {
            switch (args[i]) {
                case "--events" -> events = Integer.parseInt(args[i + 1]);
                case "--lines" -> lines = Integer.parseInt(args[i + 1]);
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        new BudgetBenchmark(events, lines, clients).run();
    }

    private void run() throws Exception {
        Path root = RepoRoot.find();
        Regions regions = Regions.load();
        int year = LocalDate.now(WIB).getYear();
        Generated generated = new Generated(regions, year);
        Path work = Files.createDirectories(root.resolve("bench/budget/target/run"));
        System.out.printf("budget-service benchmark: %,d events, %,d lines, %d clients, %d cores%n", events,
                lineCount, clients, Runtime.getRuntime().availableProcessors());
        try (Devstack stack = Devstack.start(DevstackOptions.temporary())) {
            DevJwt tokens = DevJwt.inDirectory(Files.createTempDirectory("bench-jwt"));
            String jdbcUrl = stack.jdbcUrl("budget");

            // 1. enrollment events
            List<String> payloads = new ArrayList<>(events);
            List<String> keys = new ArrayList<>(events);
            while (payloads.size() < events) {
                for (CloudEvent<EnrollmentChange> event : generated.enrollment()) {
                    if (payloads.size() < events) {
                        keys.add(event.subject());
                        payloads.add(JSON.writeValueAsString(event));
                    }
                }
            }
            long produceNanos = produce(stack.bootstrapServers(), keys, payloads);
            line("Kafka producer (baseline), %,d events", events, produceNanos);
            payloads.clear();
            keys.clear();
            long consumeNanos = consumeRaw(stack.bootstrapServers());
            line("Kafka consumer (baseline), %,d events", events, consumeNanos);

            int port = freePort();
            Process service = start(root, work, stack, tokens, port);
            try {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                awaitReady(http, port, service);
                try (Connection db = DriverManager.getConnection(jdbcUrl, "budget", "budget")) {
                    long[] consumed = awaitConsumed(db, stack.bootstrapServers());
                    line("budget-service: enrollment events consumed into commitments (%,d)", (int) consumed[1],
                            consumed[0]);
                    long drained = awaitOutboxDrained(db) + consumed[0];
                    line("  ... and every pool position published on budget.events", (int) consumed[1], drained);
                    report.add(String.format(Locale.ROOT, "    position events published %,d",
                            scalar(db, "select count(*) from outbox_message")));
                    report.add(String.format(Locale.ROOT, "    pools %,d, enrollments committed %,d, committed Rp%,d,"
                            + " dead-lettered %d", scalar(db, "select count(*) from funding_pool"),
                            scalar(db, "select count(*) from enrollment_commitment"),
                            scalar(db, "select coalesce(sum(committed), 0) from funding_pool"),
                            deadLettered(stack.bootstrapServers())));
                    long copyNanos = copyCommitments(db, events);
                    line("PostgreSQL COPY (baseline), %,d rows like enrollment_commitment", events, copyNanos);

                    // 2. budget lines
                    List<Map<String, Object>> lines = generated.lines(lineCount);
                    String admin = "Bearer " + tokens.mint("bench-admin", Set.of("admin"), null, Duration.ofHours(2));
                    long[] latencies = new long[lines.size()];
                    long apiNanos = postLines(http, port, admin, lines, latencies);
                    Arrays.sort(latencies);
                    line("budget-service: POST /api/v1/budget-lines, %,d lines", lines.size(), apiNanos);
                    report.add(String.format(Locale.ROOT, "    latency p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                            latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.99)] / 1e6,
                            latencies[latencies.length - 1] / 1e6));
                    report.add(String.format(Locale.ROOT, "    lines stored %,d, pools %,d",
                            scalar(db, "select count(*) from budget_line"),
                            scalar(db, "select count(*) from funding_pool")));
                    long rowNanos = insertRowPerTransaction(jdbcUrl, lines);
                    line("JDBC, one transaction per row (baseline), %,d rows", lines.size(), rowNanos);
                    long copyLines = copyLines(db, lines);
                    line("PostgreSQL COPY (baseline), %,d rows like budget_line", lines.size(), copyLines);
                }
            } finally {
                service.destroy();
                if (!service.waitFor(20, TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            }
        }
        System.out.println();
        System.out.println("=== budget-service benchmark (" + Runtime.getRuntime().availableProcessors()
                + " cores; everything on this machine) ===");
        report.forEach(System.out::println);
    }

    private void line(String what, int count, long nanos) {
        String text = String.format(Locale.ROOT, "%-70s %10.1f s %,12.0f /s", String.format(Locale.ROOT, what, count),
                nanos / 1e9, count / (nanos / 1e9));
        report.add(text);
        System.out.println(text);
    }

    private static long produce(String bootstrap, List<String> keys, List<String> payloads) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                new StringSerializer(), new StringSerializer())) {
            long start = System.nanoTime();
            for (int i = 0; i < payloads.size(); i++) {
                producer.send(new ProducerRecord<>(EventTypes.ENROLLMENT_TOPIC, keys.get(i), payloads.get(i)));
            }
            producer.flush();
            return System.nanoTime() - start;
        }
    }

    private long consumeRaw(String bootstrap) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-raw-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(EventTypes.ENROLLMENT_TOPIC));
            long start = System.nanoTime();
            long seen = 0;
            while (seen < events) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                seen += records.count();
            }
            return System.nanoTime() - start;
        }
    }

    private static Process start(Path root, Path work, Devstack stack, DevJwt tokens, int port)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-Dquarkus.http.port=" + port));
        String extra = System.getenv("SERVICE_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        ServiceConfig.forBackend(LindungService.BUDGET, stack, tokens)
                .forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(root.resolve("budget-service/target/quarkus-app/quarkus-run.jar").toString());
        Path log = work.resolve("budget-service.log");
        System.out.println("starting budget-service on port " + port + ", log " + log);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
    }

    private static void awaitReady(HttpClient http, int port, Process service) throws Exception {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("budget-service exited with " + service.exitValue());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new IllegalStateException("budget-service was not ready within 3 minutes");
    }

    /**
     * Waits until every event is processed or dead-lettered; answers the nanoseconds from readiness to the end and how
     * many events were consumed in that window (the service may have started consuming while it booted).
     */
    private long[] awaitConsumed(Connection db, String bootstrap) throws Exception {
        long start = System.nanoTime();
        long atStart = scalar(db, "select count(*) from processed_event");
        long last = -1;
        long lastChange = start;
        while (true) {
            long processed = scalar(db, "select count(*) from processed_event");
            if (processed + deadLettered(bootstrap) >= events) {
                return new long[]{System.nanoTime() - start, processed - atStart};
            }
            if (processed != last) {
                last = processed;
                lastChange = System.nanoTime();
                System.out.printf("  consumed %,d of %,d%n", processed, events);
            } else if (System.nanoTime() - lastChange > TimeUnit.MINUTES.toNanos(2)) {
                throw new IllegalStateException("consumption stalled at " + processed);
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    private static long awaitOutboxDrained(Connection db) throws Exception {
        long start = System.nanoTime();
        while (scalar(db, "select count(*) from outbox_message where published_at is null") > 0) {
            TimeUnit.MILLISECONDS.sleep(500);
        }
        return System.nanoTime() - start;
    }

    private static long deadLettered(String bootstrap) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringDeserializer(), new StringDeserializer())) {
            String topic = EventTypes.deadLetterTopic(EventTypes.ENROLLMENT_TOPIC);
            List<org.apache.kafka.common.TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new org.apache.kafka.common.TopicPartition(topic, info.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static long copyCommitments(Connection db, int rows) throws SQLException, IOException {
        try (Statement statement = db.createStatement()) {
            statement.execute("create table bench_commitment (like enrollment_commitment)");
        }
        StringBuilder csv = new StringBuilder(rows * 200);
        String plan = "\"{\"\"36.03:2026:JKK:NON_ASN\"\":[2400,2400,2400,2400,2400,2400,2400,2400,2400,2400,2400,2400]}\"";
        for (int i = 0; i < rows; i++) {
            csv.append(UUID.randomUUID()).append(',').append(UUID.randomUUID())
                    .append(",1,ACTIVE,NON_ASN,PU,\"JKK,JKM\",APBD_KABKOTA,36.03,1000000,1,2026-01-01,,2027,")
                    .append(plan).append(",2026-11-21 00:00:00+07\n");
        }
        long start = System.nanoTime();
        ((PGConnection) db.unwrap(PGConnection.class)).getCopyAPI().copyIn(
                "copy bench_commitment from stdin (format csv)", new StringReader(csv.toString()));
        return System.nanoTime() - start;
    }

    private long postLines(HttpClient http, int port, String bearer, List<Map<String, Object>> lines,
            long[] latencies) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/budget-lines");
        List<String> bodies = new ArrayList<>(lines.size());
        for (Map<String, Object> line : lines) {
            bodies.add(JSON.writeValueAsString(line));
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(threads.submit(() -> {
                for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                    HttpRequest request = HttpRequest.newBuilder(uri)
                            .header("Authorization", bearer)
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", "bench-" + i)
                            .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i)))
                            .build();
                    long sent = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    latencies[i] = System.nanoTime() - sent;
                    if (response.statusCode() != 201 && failures.incrementAndGet() <= 5) {
                        System.out.println("  line " + i + ": " + response.statusCode() + " " + response.body());
                    }
                    if (i > 0 && i % 10_000 == 0) {
                        System.out.printf("  posted %,d lines%n", i);
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        long elapsed = System.nanoTime() - start;
        threads.shutdown();
        if (failures.get() > 0) {
            report.add("    failed requests: " + failures.get());
        }
        return elapsed;
    }

    private long insertRowPerTransaction(String jdbcUrl, List<Map<String, Object>> lines) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "budget", "budget");
                Statement statement = db.createStatement()) {
            statement.execute("create table bench_line (like budget_line including defaults)");
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(threads.submit(() -> {
                try (Connection db = DriverManager.getConnection(jdbcUrl, "budget", "budget");
                        PreparedStatement insert = db.prepareStatement(INSERT_LINE)) {
                    for (int i = next.getAndIncrement(); i < lines.size(); i = next.getAndIncrement()) {
                        bindLine(insert, lines.get(i));
                        insert.executeUpdate();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        threads.shutdown();
        return System.nanoTime() - start;
    }

    private static final String INSERT_LINE = """
            insert into bench_line (id, fiscal_year, region, budget_kind, stage, payer_type, account_code,
                account_code_original, programme, target_category, target_participants, amount, disbursed,
                external_ref, pool_id, revision, version, created_at, created_by, updated_at, updated_by)
            values (?, ?, ?, ?, 'MURNI', 'APBD_KABKOTA', ?, ?, ?, ?, ?, ?, 0, ?, ?, 1, 0, now(), 'bench', now(),
                'bench')""";

    private static void bindLine(PreparedStatement insert, Map<String, Object> line) throws SQLException {
        insert.setObject(1, UUID.randomUUID());
        insert.setInt(2, (Integer) line.get("fiscalYear"));
        insert.setString(3, (String) line.get("region"));
        insert.setString(4, (String) line.get("budgetKind"));
        insert.setString(5, (String) line.get("accountCode"));
        insert.setString(6, (String) line.get("accountCode"));
        insert.setString(7, (String) line.get("programme"));
        insert.setString(8, (String) line.get("targetCategory"));
        insert.setInt(9, (Integer) line.get("targetParticipants"));
        insert.setLong(10, (Long) line.get("amount"));
        insert.setString(11, (String) line.get("externalRef"));
        insert.setString(12, line.get("region") + ":" + line.get("fiscalYear") + ":" + line.get("programme") + ":"
                + line.get("targetCategory"));
    }

    private static long copyLines(Connection db, List<Map<String, Object>> lines) throws SQLException, IOException {
        try (Statement statement = db.createStatement()) {
            statement.execute("create table bench_line_copy (like budget_line including defaults)");
        }
        StringBuilder csv = new StringBuilder(lines.size() * 250);
        for (Map<String, Object> line : lines) {
            csv.append(UUID.randomUUID()).append(',').append(line.get("fiscalYear")).append(',')
                    .append(line.get("region")).append(',').append(line.get("budgetKind")).append(",MURNI,APBD_KABKOTA,")
                    .append(line.get("accountCode")).append(',').append(line.get("accountCode")).append(',')
                    .append(line.get("programme")).append(',').append(line.get("targetCategory")).append(',')
                    .append(line.get("targetParticipants")).append(',').append(line.get("amount")).append(",0,")
                    .append(line.get("externalRef")).append(',').append(line.get("region")).append(':')
                    .append(line.get("fiscalYear")).append(':').append(line.get("programme")).append(':')
                    .append(line.get("targetCategory")).append(",1,0,2026-11-21 00:00:00+07,bench,"
                            + "2026-11-21 00:00:00+07,bench\n");
        }
        long start = System.nanoTime();
        ((PGConnection) db.unwrap(PGConnection.class)).getCopyAPI().copyIn("""
                copy bench_line_copy (id, fiscal_year, region, budget_kind, stage, payer_type, account_code,
                    account_code_original, programme, target_category, target_participants, amount, disbursed,
                    external_ref, pool_id, revision, version, created_at, created_by, updated_at, updated_by)
                from stdin (format csv)""", new StringReader(csv.toString()));
        return System.nanoTime() - start;
    }

    private static long scalar(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
