package id.lindung.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import id.lindung.devstack.PartState;
import id.lindung.devstack.Suite;

/**
 * The fault suite: records go in through both doors while, one at a time, each part of the suite is killed or stopped
 * and comes back; after each fault every record is counted exactly once by all three services, nothing is left
 * unconsumed or unpublished, and nothing is dead-lettered.
 *
 * <p>
 * Runs on the suite that all system tests share and leaves every part running. {@code bench/faults} runs it at a
 * million records: {@code -Dlindung.faults.records} (default 20,000) and {@code -Dlindung.faults.rounds} (how often the
 * sequence of faults is gone through, default 1); {@code -Dlindung.faults.kinds} limits the faults to some kinds
 * (comma-separated names of {@link Fault}).
 */
@ExtendWith(RunningSuite.class)
class FaultSuiteIT {

    /** The year the records' coverage starts, and so the fiscal year of the funding pools they commit to. */
    private static final int YEAR = 2026;
    private static final Duration RECOVERY = Duration.ofMinutes(5);
    private static final Duration CONVERGENCE = Duration.ofMinutes(10);
    private static final Duration POSTGRES_OUTAGE = Duration.ofSeconds(30);
    /** The load runs on a thread of its own, not on the common pool (one thread on two cores). */
    private static final Executor BACKGROUND = task -> Thread.ofPlatform().daemon().name("fault-load").start(task);

    /** The faults, in the order they are inflicted. */
    enum Fault {
        KILL_ENROLLMENT("enrollment"), KILL_BUDGET("budget"), KILL_REPORTING("reporting"), KILL_GATEWAY(
                "gateway"), RESTART_KAFKA("kafka"), KILL_POSTGRES("postgres"), STOP_POSTGRES_30_S("postgres");

        final String part;

        Fault(String part) {
            this.part = part;
        }
    }

    /**
     * One fault as it went: how long its part took to come back, and the whole suite to agree again (null when the next
     * fault came first); a null fault is the end of the load.
     */
    record Outcome(Fault fault, Duration partBack, Duration consistent) {
    }

    private static final Optional<Duration> EVERY = Optional.ofNullable(System.getProperty("lindung.faults.every"))
            .filter(every -> !every.isBlank()).map(Duration::parse);

    private final Suite suite = RunningSuite.suite();
    private final RequestSpecification admin = spec(Set.of("admin"));

    @Test
    void everyRecordIsCountedExactlyOnceByEveryServiceAfterEachFault() {
        int records = Integer.getInteger("lindung.faults.records", 20_000);
        int rounds = Integer.getInteger("lindung.faults.rounds", 1);
        List<Fault> faults = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            faults.addAll(kinds());
        }
        createBudgetLines();
        SuiteLedger ledger = new SuiteLedger(suite.devstack(), admin);
        Counts baseline = Counts.of(ledger);
        Map<String, Long> deadLettersBefore = ledger.deadLetters();
        FaultLoad load = new FaultLoad(suite.gatewayUrl(), token(Set.of("bpjs")), suite.devstack().bootstrapServers(),
                LocalDate.of(1975, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(5_000)),
                80_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));
        List<Outcome> outcomes = new ArrayList<>();
        long start = System.nanoTime();
        try {
            if (EVERY.isPresent()) {
                faultEvery(EVERY.get(), records, kinds(), load, ledger, baseline, deadLettersBefore, outcomes);
            } else {
                for (int i = 0; i < faults.size(); i++) {
                    int share = records / faults.size() + (i < records % faults.size() ? 1 : 0);
                    outcomes.add(sendThrough(faults.get(i), share, load, ledger, baseline, deadLettersBefore));
                }
            }
        } finally {
            load.close();
            report(records, outcomes, load, ledger, baseline, Duration.ofNanos(System.nanoTime() - start));
        }
        assertThat(load.sent()).isEqualTo(records);
    }

    /**
     * {@code bench/faults}: the whole load at once, a fault every {@code every} (the kinds in turn) until every record
     * is acknowledged, then every count must agree.
     */
    private void faultEvery(Duration every, int records, List<Fault> kinds, FaultLoad load, SuiteLedger ledger,
            Counts baseline, Map<String, Long> deadLettersBefore, List<Outcome> outcomes) {
        CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> load.send(records, new CompletableFuture<>()),
                BACKGROUND);
        for (int i = 0; !sending.isDone(); i++) {
            try {
                sending.get(every.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException due) {
                Fault fault = kinds.get(i % kinds.size());
                long inflicted = System.nanoTime();
                inflict(fault);
                outcomes.add(new Outcome(fault, Duration.ofNanos(System.nanoTime() - inflicted), null));
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        sending.join();
        long acknowledged = System.nanoTime();
        await("every count agrees").atMost(CONVERGENCE).pollInterval(Duration.ofSeconds(5)).ignoreExceptions()
                .untilAsserted(() -> assertConsistent(ledger, baseline, load.sent(), load.kpjBase(), deadLettersBefore));
        outcomes.add(new Outcome(null, Duration.ZERO, Duration.ofNanos(System.nanoTime() - acknowledged)));
    }

    /** Sends a share of the records, inflicts the fault halfway, then waits until every count agrees again. */
    private Outcome sendThrough(Fault fault, int share, FaultLoad load, SuiteLedger ledger, Counts baseline,
            Map<String, Long> deadLettersBefore) {
        CompletableFuture<Void> halfway = new CompletableFuture<>();
        CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> load.send(share, halfway), BACKGROUND);
        halfway.join();
        long inflicted = System.nanoTime();
        inflict(fault);
        Duration partBack = Duration.ofNanos(System.nanoTime() - inflicted);
        sending.join();
        long sent = load.sent();
        await("every count agrees after " + fault).atMost(CONVERGENCE).pollInterval(Duration.ofSeconds(2))
                .ignoreExceptions()
                .untilAsserted(() -> assertConsistent(ledger, baseline, sent, load.kpjBase(), deadLettersBefore));
        return new Outcome(fault, partBack, Duration.ofNanos(System.nanoTime() - inflicted));
    }

    private void inflict(Fault fault) {
        switch (fault) {
            case RESTART_KAFKA -> {
                suite.stop(fault.part);
                suite.start(fault.part);
            }
            case STOP_POSTGRES_30_S -> {
                suite.stop(fault.part);
                // the supervisor leaves a part stopped on purpose alone: it stays down for the whole outage
                await().during(POSTGRES_OUTAGE).atMost(POSTGRES_OUTAGE.plusSeconds(15))
                        .until(() -> suite.state(fault.part) == PartState.STOPPED && !postgresListening());
                suite.start(fault.part);
            }
            default -> {
                int restarts = suite.restarts(fault.part);
                suite.kill(fault.part);
                await(fault.part + " restarted by the supervisor").atMost(RECOVERY)
                        .until(() -> suite.restarts(fault.part) > restarts
                                && suite.state(fault.part) == PartState.RUNNING);
            }
        }
    }

    private static void assertConsistent(SuiteLedger ledger, Counts baseline, long sent, long kpjBase,
            Map<String, Long> deadLettersBefore) {
        Counts now = Counts.of(ledger);
        assertThat(now.minus(baseline)).as("records counted by enrollment, reporting, budget JKK and budget JKM")
                .isEqualTo(new Counts(sent, sent, sent, sent, 0));
        assertThat(ledger.enrollmentRows(kpjBase, kpjBase + sent))
                .as("participants, active enrollments, participants enrolled twice").containsExactly(sent, sent, 0);
        assertThat(ledger.consumerLag()).as("consumer lag").allSatisfy((group, lag) -> assertThat(lag).isZero());
        assertThat(ledger.unpublishedOutbox()).as("outbox").allSatisfy((db, rows) -> assertThat(rows).isZero());
        assertThat(ledger.deadLetters()).as("dead letters").isEqualTo(deadLettersBefore);
    }

    /** What each service counts in the province the load lives in. */
    record Counts(long enrollments, long coverage, long jkkParticipants, long jkmParticipants, long unfunded) {

        static Counts of(SuiteLedger ledger) {
            long[] jkk = ledger.poolParticipants(FaultLoad.PROVINCE, YEAR, "JKK");
            long[] jkm = ledger.poolParticipants(FaultLoad.PROVINCE, YEAR, "JKM");
            return new Counts(ledger.activeEnrollments(FaultLoad.PROVINCE), ledger.coverageActive(FaultLoad.PROVINCE),
                    jkk[0], jkm[0], jkk[1] + jkm[1]);
        }

        Counts minus(Counts other) {
            return new Counts(enrollments - other.enrollments, coverage - other.coverage,
                    jkkParticipants - other.jkkParticipants, jkmParticipants - other.jkmParticipants,
                    unfunded - other.unfunded);
        }
    }

    /** A JKK and a JKM line in every pool the load commits to, so that each participant is funded. */
    private void createBudgetLines() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (String programme : List.of("JKK", "JKM")) {
            postLine(apbd(FaultLoad.PROVINCE, programme, run));
            postLine(apbd(FaultLoad.REGENCY, programme, run));
            Map<String, Object> village = apbd(FaultLoad.VILLAGE, programme, run);
            village.put("budgetKind", "APBDES");
            village.put("fundingSource", "ADD");
            village.put("accountCode", "5.1.3.04");
            village.put("targetCategory", "PERANGKAT_DESA");
            village.remove("agency");
            village.remove("subActivityCode");
            postLine(village);
        }
    }

    private static Map<String, Object> apbd(String region, String programme, String run) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("fiscalYear", YEAR);
        line.put("region", region);
        line.put("budgetKind", "APBD");
        line.put("agency", Map.of("code", "5.02.0.00.0.00.01.0000", "name", "BPKAD"));
        line.put("subActivityCode", "5.02.01.2.08.0004");
        line.put("accountCode", "5.1.02.02.02.0006");
        line.put("programme", programme);
        line.put("targetCategory", "NON_ASN");
        line.put("targetParticipants", 1_000_000);
        line.put("amount", 1_000_000_000_000L);
        line.put("externalRef", "FAULT-" + run + "-" + region + "-" + programme);
        return line;
    }

    private void postLine(Map<String, Object> line) {
        given().spec(admin).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(line)
                .when().post("/api/v1/budget-lines")
                .then().statusCode(201);
    }

    private boolean postgresListening() {
        String[] server = suite.devstack().postgres().server().split(":");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server[0], Integer.parseInt(server[1])), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Fault> kinds() {
        String kinds = System.getProperty("lindung.faults.kinds", "");
        return kinds.isBlank()
                ? List.of(Fault.values())
                : Arrays.stream(kinds.split(",")).map(String::trim).map(Fault::valueOf).toList();
    }

    /** Tokens that outlive a long run ({@code bench/faults}). */
    private String token(Set<String> roles) {
        return suite.tokens().mint("fault-suite", roles, null, Duration.ofHours(12));
    }

    private RequestSpecification spec(Set<String> roles) {
        return new RequestSpecBuilder().setBaseUri(suite.gatewayUrl())
                .addHeader("Authorization", "Bearer " + token(roles)).build();
    }

    /** Prints what went in, what each service counts, and how long each fault took to recover from. */
    private static void report(int records, List<Outcome> outcomes, FaultLoad load, SuiteLedger ledger,
            Counts baseline, Duration took) {
        long sent = load.sent();
        StringBuilder report = new StringBuilder(System.lineSeparator())
                .append("fault suite: ").append(sent).append(" of ").append(records).append(" records sent, ")
                .append(outcomes.stream().filter(outcome -> outcome.fault() != null).count()).append(" faults, ")
                .append(took.toSeconds()).append(" s; resends by answer (0 = no answer) ").append(load.resends())
                .append(System.lineSeparator());
        try {
            Counts counted = Counts.of(ledger).minus(baseline);
            for (Map.Entry<String, Long> service : Map.of("enrollment", counted.enrollments(), "reporting",
                    counted.coverage(), "budget JKK", counted.jkkParticipants(), "budget JKM",
                    counted.jkmParticipants()).entrySet()) {
                report.append(String.format("  %-11s counts %d: lost %d, duplicated %d%n", service.getKey(),
                        service.getValue(), Math.max(0, sent - service.getValue()),
                        Math.max(0, service.getValue() - sent)));
            }
        } catch (RuntimeException | AssertionError e) {
            // the suite may be down right now; the test's own failure is what matters
            report.append("  counts unavailable: ").append(e.getMessage()).append(System.lineSeparator());
        }
        for (Outcome outcome : outcomes) {
            report.append(String.format("  %-20s part back after %6.1f s, every count agreeing after %s%n",
                    outcome.fault() == null ? "(end of load)" : outcome.fault(), seconds(outcome.partBack()),
                    outcome.consistent() == null
                            ? "(next fault first)"
                            : String.format("%.1f s", seconds(outcome.consistent()))));
        }
        System.out.println(report);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
