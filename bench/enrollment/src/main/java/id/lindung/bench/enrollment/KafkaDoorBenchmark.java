package id.lindung.bench.enrollment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.PGConnection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.lindung.devstack.DevJwt;
import id.lindung.devstack.Devstack;
import id.lindung.devstack.DevstackOptions;
import id.lindung.devstack.LindungService;
import id.lindung.devstack.ServiceConfig;

/**
 * Ingests N generated BPJS records (default 1,000,000) through enrollment-service's Kafka door and reports, in the
 * same run on the same machine:
 * <ol>
 * <li>the plain Kafka producer rate of the same messages (acks=all), the raw limit of the broker;</li>
 * <li>the ingestion rate: records/s from the moment the service is ready until the last record is committed;</li>
 * <li>the time until the last enrollment event is published on {@code enrollment.events};</li>
 * <li>the raw PostgreSQL COPY rate of the same rows into a plain table, the raw limit of the database.</li>
 * </ol>
 * Usage: {@code bench/enrollment/run.sh [records]}.
 */
public final class KafkaDoorBenchmark {

    private static final String BPJS_TOPIC = "bpjs.enrollment-events";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STALL = Duration.ofMinutes(3);

    private KafkaDoorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        Path root = Path.of(System.getProperty("lindung.root", ".")).toAbsolutePath().normalize();
        Path app = root.resolve("enrollment-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(app)) {
            throw new IllegalStateException(app + " is missing: build enrollment-service first (run.sh does)");
        }
        long seed = 20_250_101L;
        String runId = Long.toString(System.currentTimeMillis(), 36);
        Path work = Files.createTempDirectory("lindung-bench-enrollment");

        log("starting PostgreSQL and Kafka (devstack)...");
        try (Devstack stack = Devstack.start(DevstackOptions.temporary())) {
            DevJwt tokens = DevJwt.inDirectory(work.resolve("jwt"));

            log("producing %,d records to %s...", records, BPJS_TOPIC);
            double produceSeconds = produce(stack, records, new RecordGenerator(seed, runId));

            log("starting enrollment-service...");
            int port = freePort();
            Process service = startService(app, stack, tokens, port,
                    work.resolve("enrollment-service.log"));
            try {
                long startupMillis = awaitReady(port, service);
                String database = LindungService.ENROLLMENT.database().orElseThrow();
                DataSource enrollmentDb = stack.postgres().serviceDataSource(database);
                double readyAt = dbNow(enrollmentDb);
                double serviceCpuBefore = cpuSeconds(service.toHandle());
                double postgresCpuBefore = postgresCpuSeconds(stack);
                double loadBefore = loadAverage();
                log("service ready after %,d ms; consuming...", startupMillis);
                Progress done = awaitIngested(enrollmentDb, records);
                double serviceCpu = cpuSeconds(service.toHandle()) - serviceCpuBefore;
                double postgresCpu = postgresCpuSeconds(stack) - postgresCpuBefore;
                double loadAfter = loadAverage();
                double ingestSeconds = done.lastProcessed() - readyAt;
                double publishSeconds = done.lastPublished() - readyAt;
                double producerRate = records / produceSeconds;

                log("raw PostgreSQL COPY of the same rows...");
                Path csv = work.resolve("rows.csv");
                writeCsv(csv, records, new RecordGenerator(seed, runId));
                double copyCpuBefore = postgresCpuSeconds(stack);
                double copySeconds = copy(stack.postgres().serviceDataSource(database), csv);
                double copyCpu = postgresCpuSeconds(stack) - copyCpuBefore;

                System.out.println();
                System.out.printf("enrollment-service Kafka door, %,d records (%,d accepted, %,d dead-lettered), %d cores%n",
                        records, done.accepted(), done.deadLettered(), Runtime.getRuntime().availableProcessors());
                System.out.printf("  %-52s %10.1f s  %,10.0f records/s%n", "plain Kafka producer (acks=all), same messages",
                        produceSeconds, producerRate);
                System.out.printf("  %-52s %10.1f s  %,10.0f records/s%n", "Kafka door: ready -> last record committed",
                        ingestSeconds, records / ingestSeconds);
                System.out.printf("  %-52s %10.1f s%n", "Kafka door: ready -> last enrollment event published",
                        publishSeconds);
                System.out.printf("  %-52s %10.1f s  %,10.0f rows/s%n", "raw PostgreSQL COPY, same rows, one table",
                        copySeconds, records / copySeconds);
                System.out.printf("  ingestion runs at %.1f%% of the raw COPY rate (it writes participant, enrollment,"
                        + " history, outbox and inbox rows per record)%n",
                        100 * (records / ingestSeconds)
                                / (records / copySeconds));
                System.out.printf("  CPU per 1,000 records: service %.2f s + PostgreSQL %.2f s (COPY baseline: PostgreSQL"
                        + " %.3f s); load average %.1f before, %.1f after ingestion (other work on the machine slows"
                        + " the wall-clock figures)%n", 1000 * serviceCpu / records, 1000 * postgresCpu / records,
                        1000 * copyCpu / records, loadBefore, loadAfter);
                System.out.printf("  service start-up %,d ms (not included); service log: %s%n", startupMillis,
                        work.resolve("enrollment-service.log"));
            } finally {
                service.destroy();
                if (!service.waitFor(20, TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            }
        }
    }

    private static double produce(Devstack stack, int records, RecordGenerator generator) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "none"), new StringSerializer(), new StringSerializer())) {
            long start = System.nanoTime();
            for (int i = 0; i < records; i++) {
                RecordGenerator.Row row = generator.next();
                producer.send(new ProducerRecord<>(BPJS_TOPIC, row.eventId(), json(row)));
            }
            producer.flush();
            return (System.nanoTime() - start) / 1e9;
        }
    }

    static String json(RecordGenerator.Row row) {
        ObjectNode record = JSON.createObjectNode();
        record.put("eventId", row.eventId());
        record.put("type", row.type());
        record.put("occurredAt", row.occurredAt().toString());
        record.put("kpj", row.kpj());
        record.put("nik", row.nik());
        record.put("fullName", row.fullName());
        record.put("birthDate", row.birthDate().toString());
        record.put("sex", row.sex());
        record.put("segment", row.segment());
        record.put("category", row.category());
        record.put("occupation", row.occupation());
        record.put("domicileRegion", row.domicileRegion());
        ObjectNode payer = record.putObject("payer");
        payer.put("type", row.payerType());
        payer.put("region", row.payerRegion());
        row.programmes().forEach(record.putArray("programmes")::add);
        record.put("wageBase", row.wageBase());
        if (row.riskClass() != null) {
            record.put("riskClass", row.riskClass());
        }
        record.put("coverageStart", row.coverageStart().toString());
        return record.toString();
    }

    private static Process startService(Path app, Devstack stack, DevJwt tokens, int port, Path log)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx2g"));
        ServiceConfig.forBackend(LindungService.ENROLLMENT, stack, tokens)
                .forEach((key, value) -> command.add("-D" + key + "=" + value));
        String extraOptions = System.getenv().getOrDefault("SERVICE_OPTS", "").strip();
        if (!extraOptions.isEmpty()) {
            command.addAll(List.of(extraOptions.split("\\s+")));
        }
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dlindung.enrollment.nik.hash-key=" + randomKey());
        command.add("-Dlindung.enrollment.nik.encryption-key=" + randomKey());
        command.add("-jar");
        command.add(app.toString());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static long awaitReady(int port, Process service) throws Exception {
        long start = System.nanoTime();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(120)) {
            if (!service.isAlive()) {
                throw new IllegalStateException("enrollment-service exited with " + service.exitValue());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("enrollment-service did not become ready in 120 s");
    }

    private record Progress(long accepted, long deadLettered, double lastProcessed, double lastPublished) {
    }

    /** Polls the service's own database until every record is processed and every event published. */
    private static Progress awaitIngested(DataSource db, int records) throws Exception {
        long lastCount = -1;
        long lastChange = System.nanoTime();
        while (true) {
            try (Connection connection = db.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("""
                            select (select count(*) from processed_event),
                                   (select count(*) from outbox_message where published_at is null),
                                   (select extract(epoch from max(processed_at)) from processed_event),
                                   (select extract(epoch from max(published_at)) from outbox_message)""")) {
                row.next();
                long processed = row.getLong(1);
                long unpublished = row.getLong(2);
                if (processed != lastCount) {
                    log("  %,d processed, %,d events waiting to be published", processed, unpublished);
                    lastCount = processed;
                    lastChange = System.nanoTime();
                }
                if (processed >= records && unpublished == 0) {
                    return new Progress(processed, records - processed, row.getDouble(3), row.getDouble(4));
                }
                if (System.nanoTime() - lastChange > STALL.toNanos()) {
                    if (unpublished == 0 && processed > 0) {
                        log("no progress for %s: %,d records were not accepted (see the DLQ)", STALL,
                                records - processed);
                        return new Progress(processed, records - processed, row.getDouble(3), row.getDouble(4));
                    }
                    throw new IllegalStateException("ingestion stalled at " + processed + " records");
                }
            } catch (SQLException notYet) {
                log("  waiting for the database: %s", notYet.getMessage());
            }
            Thread.sleep(1000);
        }
    }

    private static void writeCsv(Path csv, int records, RecordGenerator generator) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            for (int i = 0; i < records; i++) {
                RecordGenerator.Row row = generator.next();
                out.write(String.join(",", row.eventId(), row.type(), row.occurredAt().toString(), row.kpj(),
                        row.nik(), row.fullName(), row.birthDate().toString(), row.sex(), row.segment(),
                        row.category(), row.occupation(), row.domicileRegion(), row.payerType(),
                        row.payerRegion() == null ? "" : row.payerRegion(), String.join(" ", row.programmes()),
                        Long.toString(row.wageBase()), row.riskClass() == null ? "" : row.riskClass().toString(),
                        row.coverageStart().toString()));
                out.newLine();
            }
        }
    }

    /** COPY of the same rows into a plain table of the record's columns: the database's raw write limit. */
    private static double copy(DataSource db, Path csv) throws Exception {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists bench_raw_record");
            statement.execute("""
                    create table bench_raw_record (event_id text, type text, occurred_at timestamptz, kpj text,
                        nik text, full_name text, birth_date date, sex text, segment text, category text,
                        occupation text, domicile_region text, payer_type text, payer_region text, programmes text,
                        wage_base bigint, risk_class smallint, coverage_start date)""");
            long start = System.nanoTime();
            try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                long rows = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy bench_raw_record from stdin with (format csv)", reader);
                double seconds = (System.nanoTime() - start) / 1e9;
                log("  COPY wrote %,d rows", rows);
                statement.execute("drop table bench_raw_record");
                return seconds;
            }
        }
    }

    private static double dbNow(DataSource db) throws SQLException {
        try (Connection connection = db.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select extract(epoch from clock_timestamp())")) {
            row.next();
            return row.getDouble(1);
        }
    }

    /** CPU time (user + system) a process has used so far. */
    private static double cpuSeconds(ProcessHandle process) {
        return process.info().totalCpuDuration().map(duration -> duration.toMillis() / 1000.0).orElse(0.0);
    }

    /**
     * CPU time of this run's PostgreSQL server and its live backends (other PostgreSQL servers on the machine are not
     * counted): the postmaster listening on the devstack's port, and its descendants.
     */
    private static double postgresCpuSeconds(Devstack stack) {
        String port = "-p " + stack.postgres().server().substring(stack.postgres().server().lastIndexOf(':') + 1) + " ";
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().map(line -> line.contains(port)).orElse(false))
                .filter(process -> process.info().command().map(command -> command.endsWith("/postgres"))
                        .orElse(false))
                .flatMap(postmaster -> java.util.stream.Stream.concat(java.util.stream.Stream.of(postmaster),
                        postmaster.descendants()))
                .mapToDouble(KafkaDoorBenchmark::cpuSeconds)
                .sum();
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static void log(String format, Object... args) {
        System.out.printf("[%tT] %s%n", System.currentTimeMillis(), args.length == 0 ? format : format.formatted(args));
    }
}
