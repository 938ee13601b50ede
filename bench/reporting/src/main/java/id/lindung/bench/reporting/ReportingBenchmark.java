package id.lindung.bench.reporting;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.lindung.contracts.event.EventSchemas;
import id.lindung.devstack.DevJwt;
import id.lindung.devstack.Devstack;
import id.lindung.devstack.DevstackOptions;
import id.lindung.devstack.LindungService;
import id.lindung.devstack.RepoRoot;
import id.lindung.devstack.ServiceConfig;

/**
 * reporting-service benchmarks in one run: projection throughput (with raw Kafka and COPY baselines), freshness, and
 * query latency with 10 million participants in the read model, direct and through the gateway. See run.sh.
 */
public final class ReportingBenchmark {

    private static final String ENROLLMENT_TOPIC = "enrollment.events";
    private static final String[] CATEGORIES = {"NON_ASN", "PEKERJA_RENTAN", "PERANGKAT_DESA", "GURU_HONORER", "BPD",
            "RT_RW", "PENYELENGGARA_PEMILU"};
    private static final double[] CATEGORY_WEIGHTS = {0.35, 0.45, 0.08, 0.05, 0.03, 0.03, 0.01};
    private static final String[] PROGRAMMES = {"JKK", "JKM", "JHT", "JP", "JKP"};
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** The monthly rows summed over categories. */
    private static final int ALL = 7;

    private final Random random = new Random(42);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> results = new ArrayList<>();

    private Wilayah wilayah;
    private Devstack stack;
    private String token;
    private String directBase;
    private String gatewayBase;

    public static void main(String[] args) throws Exception {
        Map<String, Integer> options = new HashMap<>(Map.of("events", 100_000, "participants", 10_000_000,
                "freshness", 300, "queries", 2_000));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), Integer.parseInt(args[i + 1].replace("_", "")));
        }
        new ReportingBenchmark().run(options);
    }

    private void run(Map<String, Integer> options) throws Exception {
        Path root = RepoRoot.find();
        wilayah = Wilayah.load();
        Path work = Files.createTempDirectory("lindung-bench-reporting");
        System.out.printf("region list: %d regions, %d villages; work dir %s%n", wilayah.codes.size(),
                wilayah.villages.size(), work);
        Process service = null;
        Process gateway = null;
        try (Devstack started = Devstack.start(DevstackOptions.temporary())) {
            stack = started;
            DevJwt tokens = DevJwt.inDirectory(work.resolve("jwt"));
            token = tokens.mint("bench", Set.of("admin"), null, Duration.ofHours(2));
            int port = freePort();
            service = startReporting(root, tokens, port, work.resolve("reporting.log"));
            directBase = "http://127.0.0.1:" + port;
            System.out.printf("reporting-service ready in %d ms (log %s)%n",
                    awaitReady(directBase, "/q/health/ready", service, 120),
                    work.resolve("reporting.log"));

            throughput(options.get("events"));
            freshness(options.get("freshness"));
            if (options.get("participants") > 0) {
                gateway = startGateway(root, tokens, port, work.resolve("gateway.log"));
                loadParticipants(options.get("participants"));
                queries(options.get("queries"));
            }
        } finally {
            stop(gateway);
            stop(service);
        }
        System.out.println();
        System.out.println("==== reporting-service benchmark results ====");
        System.out.println("load average (1/5/15 min) at the end: " + loadAverage() + " on "
                + Runtime.getRuntime().availableProcessors() + " cores");
        results.forEach(System.out::println);
    }

    // ---------------------------------------------------------------------------------------------- throughput

    private void throughput(int events) throws Exception {
        System.out.printf("%n-- projection throughput: %,d activation events --%n", events);
        List<String> payloads = new ArrayList<>(events);
        List<String> keys = new ArrayList<>(events);
        List<String> villages = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            String participant = UUID.randomUUID().toString();
            String village = wilayah.villages.get(wilayah.randomVillage(random));
            keys.add(participant);
            villages.add(village);
            payloads.add(activation(participant, village, randomCategory(), LocalDate.of(2025, 1, 1)));
        }
        List<String> violations = EventSchemas.violations(new ObjectMapper().readTree(payloads.get(0)));
        if (!violations.isEmpty()) {
            throw new IllegalStateException("generated event breaks the schema: " + violations);
        }

        String rawTopic = "bench.raw";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            int partitions = admin.describeTopics(List.of(ENROLLMENT_TOPIC)).allTopicNames().get()
                    .get(ENROLLMENT_TOPIC).partitions().size();
            admin.createTopics(List.of(new NewTopic(rawTopic, partitions, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = producer()) {
            double rawProduce = timedRate(events, () -> send(producer, rawTopic, keys, payloads));
            results.add(String.format("baseline  plain Kafka producer (acks=all), same %,d messages: %,.0f msg/s",
                    events, rawProduce));
            double rawConsume = timedRate(events, () -> consumeAll(rawTopic, events));
            results.add(String.format("baseline  plain Kafka consumer, same messages:                %,.0f msg/s",
                    rawConsume));
            double copy = timedRate(events, () -> copyStates(keys, villages));
            results.add(String.format("baseline  PostgreSQL COPY of the same enrollment_state rows:   %,.0f rows/s",
                    copy));

            long before = eventsApplied();
            long start = System.nanoTime();
            send(producer, ENROLLMENT_TOPIC, keys, payloads);
            double publishSeconds = (System.nanoTime() - start) / 1e9;
            while (eventsApplied() < before + events) {
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            results.add(String.format("projection %,d events published in %.1f s, applied (counters + monthly deltas +"
                    + " state, committed) after %.1f s: %,.0f events/s (load %s)", events, publishSeconds, seconds,
                    events / seconds, loadAverage()));
            System.out.println(results.get(results.size() - 1));
        }
    }

    private long eventsApplied() throws Exception {
        try (Connection db = reportingDb();
                Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery(
                        "select coalesce(sum(events_applied), 0) from projection_watermark"
                                + " where consumer = 'reporting-service.enrollment'")) {
            row.next();
            return row.getLong(1);
        }
    }

    private void copyStates(List<String> participants, List<String> villages) {
        try (Connection db = reportingDb(); Statement statement = db.createStatement()) {
            statement.execute("create table bench_copy (like enrollment_state including all)");
            StringBuilder rows = new StringBuilder();
            String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
            for (int i = 0; i < participants.size(); i++) {
                rows.append(UUID.randomUUID()).append(',').append(participants.get(i)).append(',')
                        .append(villages.get(i)).append(",NON_ASN,PU,\"JKK,JKM\",ACTIVE,1,2025-01-01,,").append(now)
                        .append(',').append(now).append('\n');
            }
            db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_copy (enrollment_id, participant_id, region,"
                    + " category, segment, programmes, status, sequence, coverage_start, coverage_end, occurred_at,"
                    + " applied_at) from stdin with (format csv)", new StringReader(rows.toString()));
            statement.execute("drop table bench_copy");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void consumeAll(String topic, int count) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "bench-raw",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            int read = 0;
            while (read < count) {
                read += consumer.poll(Duration.ofMillis(200)).count();
            }
            consumer.commitSync();
        }
    }

    // ----------------------------------------------------------------------------------------------- freshness

    private void freshness(int samples) throws Exception {
        System.out.printf("%n-- freshness: %d single events, publish -> visible in GET coverage/{village} --%n", samples);
        long[] millis = new long[samples];
        try (KafkaProducer<String, String> producer = producer()) {
            for (int i = 0; i < samples; i++) {
                String village = wilayah.villages.get(wilayah.randomVillage(random));
                long before = active(directBase, village);
                String participant = UUID.randomUUID().toString();
                String payload = activation(participant, village, "NON_ASN", LocalDate.of(2025, 1, 1));
                long start = System.nanoTime();
                producer.send(new ProducerRecord<>(ENROLLMENT_TOPIC, participant, payload));
                while (active(directBase, village) != before + 1) {
                    Thread.onSpinWait();
                }
                millis[i] = (System.nanoTime() - start) / 1_000_000;
                Thread.sleep(20);
            }
        }
        Arrays.sort(millis);
        results.add(String.format("freshness %d events, publish -> visible in the report: median %d ms, p99 %d ms,"
                + " max %d ms (load %s)", samples, millis[samples / 2], millis[(int) Math.ceil(samples * 0.99) - 1],
                millis[samples - 1], loadAverage()));
        System.out.println(results.get(results.size() - 1));
    }

    private long active(String base, String region) throws Exception {
        HttpResponse<String> response = get(base, "/api/v1/reports/coverage/" + region);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        String body = response.body();
        int at = body.indexOf("\"active\":") + 9;
        int end = at;
        while (Character.isDigit(body.charAt(end))) {
            end++;
        }
        return Long.parseLong(body.substring(at, end));
    }

    // ------------------------------------------------------------------------------------- 10M participants

    /**
     * Loads the read model for the participants as the projection would have built it: participants drawn over
     * villages by regency population, with categories, segments, programmes and start months, aggregated here and
     * written with COPY into coverage_counter and coverage_monthly (the participant-level enrollment_state is not read by
     * any query and is not loaded). Targets are posted through the API for every regency.
     */
    private void loadParticipants(int participants) throws Exception {
        System.out.printf("%n-- loading %,d participants into the read model (COPY of counters) --%n", participants);
        long start = System.nanoTime();
        YearMonth current = YearMonth.now(WIB);
        int months = 36;
        // Dense arrays rather than maps: region x category x segment x (ALL + 5 programmes), region x month x (7 + ALL)
        int regions = wilayah.codes.size();
        int cellsPerRegion = CATEGORIES.length * 2 * 6;
        long[] counts = new long[regions * cellsPerRegion];
        long[] monthCounts = new long[regions * months * 8];
        Map<String, Long> perRegency = new HashMap<>();
        long[] perVillage = new long[wilayah.villages.size()];
        for (int i = 0; i < participants; i++) {
            int village = wilayah.randomVillage(random);
            int category = randomCategoryIndex();
            int segment = category == 1 ? 1 : 0;
            int programmes = segment == 0 && random.nextDouble() < 0.3 ? 0b111 : 0b11;
            int month = random.nextInt(months);
            perVillage[village]++;
            for (int region : wilayah.villageLineage.get(village)) {
                int base = region * cellsPerRegion + (category * 2 + segment) * 6;
                counts[base]++;
                for (int p = 0; p < 5; p++) {
                    if ((programmes & (1 << p)) != 0) {
                        counts[base + p + 1]++;
                    }
                }
                int monthBase = (region * months + month) * 8;
                monthCounts[monthBase + category]++;
                monthCounts[monthBase + ALL]++;
            }
        }
        for (int village = 0; village < perVillage.length; village++) {
            if (perVillage[village] > 0) {
                perRegency.merge(wilayah.villages.get(village).substring(0, 5), perVillage[village], Long::sum);
            }
        }
        System.out.printf("aggregated in %.1f s%n", (System.nanoTime() - start) / 1e9);

        long copyStart = System.nanoTime();
        try (Connection db = reportingDb(); Statement statement = db.createStatement()) {
            statement.execute("truncate coverage_counter, coverage_monthly");
            CopyIn copy = db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy coverage_counter (region, parent,"
                    + " level, category, segment, active, jkk, jkm, jht, jp, jkp) from stdin with (format csv)");
            StringBuilder rows = new StringBuilder(1 << 20);
            long counterRows = 0;
            for (int row = 0; row < counts.length / 6; row++) {
                int i = row * 6;
                if (counts[i] == 0) {
                    continue;
                }
                counterRows++;
                String region = wilayah.codes.get(i / cellsPerRegion);
                int categorySegment = (i % cellsPerRegion) / 6;
                rows.append(region).append(',').append(Optional.ofNullable(Wilayah.parentOf(region)).orElse(""))
                        .append(',').append(Wilayah.levelOf(region)).append(',')
                        .append(CATEGORIES[categorySegment / 2]).append(',')
                        .append(categorySegment % 2 == 0 ? "PU" : "BPU");
                for (int p = 0; p < 6; p++) {
                    rows.append(',').append(counts[i + p]);
                }
                rows.append('\n');
                flushIfFull(copy, rows);
            }
            flush(copy, rows);
            copy.endCopy();
            // the columns are named in the order of CATEGORIES, which is not the order of the table
            copy = db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy coverage_monthly (region, parent, level,"
                    + " month, " + categoryColumns("active_") + ", " + categoryColumns("started_")
                    + ") from stdin with (format csv)");
            long monthRows = 0;
            for (int row = 0; row < monthCounts.length / 8; row++) {
                int i = row * 8;
                if (monthCounts[i + ALL] == 0) {
                    continue;
                }
                monthRows++;
                String region = wilayah.codes.get(row / months);
                YearMonth at = current.minusMonths(months - 1 - row % months);
                rows.append(region).append(',').append(Optional.ofNullable(Wilayah.parentOf(region)).orElse(""))
                        .append(',').append(Wilayah.levelOf(region)).append(',').append(at.atDay(1));
                for (int repeat = 0; repeat < 2; repeat++) {
                    for (int category = 0; category < CATEGORIES.length; category++) {
                        rows.append(',').append(monthCounts[i + category]);
                    }
                }
                rows.append('\n');
                flushIfFull(copy, rows);
            }
            flush(copy, rows);
            copy.endCopy();
            statement.execute("update coverage_counter set parent = null where parent = ''");
            statement.execute("update coverage_monthly set parent = null where parent = ''");
            statement.execute("analyze coverage_counter");
            statement.execute("analyze coverage_monthly");
            System.out.printf("copied %,d counter rows and %,d monthly rows%n", counterRows, monthRows);
        }
        double copySeconds = (System.nanoTime() - copyStart) / 1e9;

        long targetStart = System.nanoTime();
        int year = LocalDate.now(WIB).getYear();
        for (Map.Entry<String, Long> regency : perRegency.entrySet()) {
            long potential = (long) (regency.getValue() * (1.5 + 2.5 * random.nextDouble()));
            String body = "{\"potential\":{\"NON_ASN\":" + potential * 4 / 10 + ",\"PEKERJA_RENTAN\":"
                    + (potential - potential * 4 / 10) + "}}";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(directBase
                    + "/api/v1/targets/" + regency.getKey() + "/" + year)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("target " + regency.getKey() + ": " + response.body());
            }
        }
        long nation = active(directBase, "ID");
        results.add(String.format("load      %,d participants (nation shows %,d): aggregated + COPY of counters and"
                + " monthly deltas %.1f s, %d regency targets posted through the API in %.1f s", participants, nation,
                copySeconds, perRegency.size(), (System.nanoTime() - targetStart) / 1e9));
        System.out.println(results.get(results.size() - 1));
    }

    /** The monthly table's columns for the categories, in the order of {@link #CATEGORIES}. */
    private static String categoryColumns(String prefix) {
        return Arrays.stream(CATEGORIES).map(category -> prefix + category.toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static void flushIfFull(CopyIn copy, StringBuilder rows) throws Exception {
        if (rows.length() > (1 << 20)) {
            flush(copy, rows);
        }
    }

    private static void flush(CopyIn copy, StringBuilder rows) throws Exception {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    // -------------------------------------------------------------------------------------------------- queries

    private void queries(int count) throws Exception {
        System.out.printf("%n-- query latency, %,d sequential requests per query after 200 warm-up --%n", count);
        Map<String, Supplier<String>> queries = new java.util.LinkedHashMap<>();
        queries.put("coverage ", () -> "/api/v1/reports/coverage/" + randomRegionAnyLevel());
        queries.put("children ", () -> "/api/v1/reports/coverage/" + randomParent() + "/children?sort=coverage&order=desc");
        queries.put("rankings ", () -> "/api/v1/reports/rankings?level=" + (random.nextBoolean() ? "PROVINCE" : "REGENCY")
                + "&metric=" + List.of("COVERAGE", "ENROLLED", "GROWTH").get(random.nextInt(3)) + "&limit=10");
        for (Map.Entry<String, Supplier<String>> query : queries.entrySet()) {
            results.add(latency("direct  " + query.getKey(), directBase, query.getValue(), count));
            if (gatewayBase != null) {
                results.add(latency("gateway " + query.getKey(), gatewayBase, query.getValue(), count));
            }
        }
        if (gatewayBase == null) {
            results.add("gateway   not usable in this run (see above): queries measured direct only");
        }
    }

    private String latency(String label, String base, Supplier<String> paths, int count) throws Exception {
        for (int i = 0; i < 200; i++) {
            expectOk(get(base, paths.get()));
        }
        long[] micros = new long[count];
        long bytes = 0;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String path = paths.get();
            long begin = System.nanoTime();
            HttpResponse<String> response = get(base, path);
            micros[i] = (System.nanoTime() - begin) / 1_000;
            expectOk(response);
            bytes += response.body().length();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(micros);
        String line = String.format("query     %s p50 %5.1f ms  p99 %5.1f ms  max %6.1f ms  (%,.0f req/s, %,d B avg;"
                + " load %s)", label, micros[count / 2] / 1000.0, micros[(int) Math.ceil(count * 0.99) - 1] / 1000.0,
                micros[count - 1] / 1000.0, count / seconds, bytes / count, loadAverage());
        System.out.println(line);
        return line;
    }

    private static void expectOk(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " -> " + response.statusCode() + " " + response.body());
        }
    }

    private String randomRegionAnyLevel() {
        return switch (random.nextInt(5)) {
            case 0 -> "ID";
            case 1 -> wilayah.provinces.get(random.nextInt(wilayah.provinces.size()));
            case 2 -> wilayah.regencies.get(random.nextInt(wilayah.regencies.size()));
            case 3 -> wilayah.districts.get(random.nextInt(wilayah.districts.size()));
            default -> wilayah.villages.get(random.nextInt(wilayah.villages.size()));
        };
    }

    private String randomParent() {
        return switch (random.nextInt(4)) {
            case 0 -> "ID";
            case 1 -> wilayah.provinces.get(random.nextInt(wilayah.provinces.size()));
            case 2 -> wilayah.regencies.get(random.nextInt(wilayah.regencies.size()));
            default -> wilayah.districts.get(random.nextInt(wilayah.districts.size()));
        };
    }

    // ---------------------------------------------------------------------------------------------- plumbing

    private HttpResponse<String> get(String base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String activation(String participant, String village, String category, LocalDate start) {
        boolean rentan = category.equals("PEKERJA_RENTAN");
        String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
        return "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/lindung/enrollment-service\","
                + "\"type\":\"id.lindung.enrollment.activated.v1\",\"subject\":\"" + participant + "\",\"time\":\"" + now
                + "\",\"datacontenttype\":\"application/json\",\"data\":{\"participantId\":\"" + participant
                + "\",\"enrollmentId\":\"" + UUID.randomUUID() + "\",\"sequence\":1,\"status\":\"ACTIVE\",\"category\":\""
                + category + "\",\"segment\":\"" + (rentan ? "BPU" : "PU") + "\",\"programmes\":[\"JKK\",\"JKM\"],"
                + "\"domicileRegion\":\"" + village + "\",\"payer\":{\"type\":\"APBD_KABKOTA\",\"region\":\""
                + village.substring(0, 5) + "\"},\"wageBase\":1000000,\"riskClass\":" + (rentan ? "null" : "1")
                + ",\"coverageStart\":\"" + start + "\",\"coverageEnd\":null,\"sex\":\"FEMALE\",\"birthYear\":1990,"
                + "\"occurredAt\":\"" + now + "\"}}";
    }

    private String randomCategory() {
        return CATEGORIES[randomCategoryIndex()];
    }

    private int randomCategoryIndex() {
        double draw = random.nextDouble();
        for (int i = 0; i < CATEGORY_WEIGHTS.length; i++) {
            draw -= CATEGORY_WEIGHTS[i];
            if (draw < 0) {
                return i;
            }
        }
        return 0;
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024, ProducerConfig.COMPRESSION_TYPE_CONFIG, "none"),
                new StringSerializer(), new StringSerializer());
    }

    private static void send(KafkaProducer<String, String> producer, String topic, List<String> keys,
            List<String> payloads) {
        try {
            List<Future<RecordMetadata>> acks = new ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                acks.add(producer.send(new ProducerRecord<>(topic, keys.get(i), payloads.get(i))));
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(60, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double timedRate(int count, Runnable work) {
        long start = System.nanoTime();
        work.run();
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private Connection reportingDb() throws Exception {
        return DriverManager.getConnection(stack.jdbcUrl("reporting"), "reporting", "reporting");
    }

    private Process startReporting(Path root, DevJwt tokens, int port, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx2g"));
        String extra = System.getenv("REPORTING_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        ServiceConfig.forBackend(LindungService.REPORTING, stack, tokens)
                .forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1", "-jar",
                root.resolve("reporting-service/target/quarkus-app/quarkus-run.jar").toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The gateway in front of this reporting-service, or null (and a note) when it cannot be started. */
    private Process startGateway(Path root, DevJwt tokens, int reportingPort, Path log) {
        Path app = root.resolve("gateway/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(app)) {
            System.out.println("gateway: no packaged gateway at " + app + "; queries measured direct only");
            return null;
        }
        Process gateway = null;
        try {
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g"));
            ServiceConfig.forGateway(tokens)
                    .forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1",
                    "-Dlindung.gateway.backends.reporting=http://127.0.0.1:" + reportingPort,
                    "-Dlindung.gateway.backends.enrollment=http://127.0.0.1:9",
                    "-Dlindung.gateway.backends.budget=http://127.0.0.1:9",
                    "-Dlindung.gateway.routes.reports.rate-limit.requests=100000000",
                    "-Dlindung.gateway.routes.targets.rate-limit.requests=100000000",
                    "-Dquarkus.http.access-log.enabled=false", "-jar", app.toString()));
            gateway = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            // live, not ready: the gateway's readiness also wants the enrollment and budget backends, absent here
            long ready = awaitReady("http://127.0.0.1:" + port, "/q/health/live", gateway, 90);
            String base = "http://127.0.0.1:" + port;
            HttpResponse<String> probe = get(base, "/api/v1/reports/coverage/ID");
            if (probe.statusCode() != 200) {
                throw new IllegalStateException("GET coverage/ID through the gateway answered " + probe.statusCode()
                        + " " + probe.body());
            }
            gatewayBase = base;
            System.out.printf("gateway ready in %d ms (log %s)%n", ready, log);
            return gateway;
        } catch (Exception e) {
            System.out.println("gateway not usable, queries measured direct only: " + e.getMessage());
            results.add("gateway   not usable: " + e.getMessage());
            stop(gateway);
            return null;
        }
    }

    private long awaitReady(String base, String health, Process process, int seconds) throws Exception {
        long start = System.nanoTime();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base + health))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(seconds)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(base + " exited with " + process.exitValue());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(base + " did not become ready in " + seconds + " s");
    }

    private static void stop(Process process) {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The machine's load average, so a reader can tell a quiet run from a busy one. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
