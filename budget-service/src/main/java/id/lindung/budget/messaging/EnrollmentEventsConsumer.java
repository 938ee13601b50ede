package id.lindung.budget.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

import id.lindung.budget.config.BudgetConfig;
import id.lindung.budget.service.Commitments;
import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.event.EventSchemas;
import id.lindung.contracts.event.EventTypes;
import id.lindung.platform.messaging.DeadLetters;
import id.lindung.platform.messaging.TransientFailures;

/**
 * Consumes {@code enrollment.events} in batches: every record is checked against its JSON Schema, the valid enrollment
 * changes of a batch are applied in one transaction together with the record of their event ids, and the batch's
 * offsets are committed (throttled strategy) only after that transaction and after every rejected record is on
 * {@code enrollment.events.dlq} with the reason in its headers.
 * <p>
 * A transient failure (the database is down) retries the batch with back-off and never dead-letters; after
 * {@code lindung.budget.commitments.max-retry} the channel fails, readiness goes down, and the batch is consumed again
 * after a restart. Any other failure of a batch is isolated to the records that cause it: each is applied alone, and
 * the ones that still fail are dead-lettered.
 */
@ApplicationScoped
public class EnrollmentEventsConsumer {

    private static final Logger LOG = Logger.getLogger(EnrollmentEventsConsumer.class);
    private static final Set<String> CHANGES = Set.of(EventTypes.ENROLLMENT_ACTIVATED, EventTypes.ENROLLMENT_CHANGED,
            EventTypes.ENROLLMENT_ENDED);

    /** A record that can never be applied, and why. */
    private record Dead(KafkaRecord<String, String> record, String reason) {
    }

    /** The database stayed unavailable for longer than the retry window. */
    static final class StillUnavailable extends RuntimeException {
        StillUnavailable(Duration window, Throwable cause) {
            super("the database stayed unavailable for " + window, cause);
        }
    }

    @Inject
    Commitments commitments;

    @Inject
    ObjectMapper json;

    @Inject
    BudgetConfig config;

    @Inject
    @Channel("enrollment-events-dlq")
    Emitter<String> deadLetters;

    private final Counter applied;
    private final Counter duplicates;
    private final Counter deadLettered;
    private final Counter retries;

    @Inject
    public EnrollmentEventsConsumer(MeterRegistry registry) {
        applied = Counter.builder("budget.enrollment.events").tag("outcome", "applied").register(registry);
        duplicates = Counter.builder("budget.enrollment.events").tag("outcome", "duplicate").register(registry);
        deadLettered = Counter.builder("budget.enrollment.events").tag("outcome", "dead-lettered")
                .register(registry);
        retries = Counter.builder("budget.enrollment.batch.retries").register(registry);
    }

    @Incoming("enrollment-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<Commitments.Change> changes = new ArrayList<>();
        Map<String, KafkaRecord<String, String>> records = new HashMap<>();
        List<Dead> dead = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch) {
            String reason = read(record, changes, records);
            if (reason != null) {
                dead.add(new Dead(record, reason));
            }
        }
        dead.addAll(applyIsolating(changes, records));
        if (!dead.isEmpty()) {
            deadLettered.increment(dead.size());
            dead.forEach(letter -> LOG.warnf("dead-lettering %s-%d@%d: %s", letter.record().getTopic(),
                    letter.record().getPartition(), offset(letter.record()), letter.reason()));
        }
        CompletableFuture<?>[] sent = dead.stream().map(this::deadLetter).toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(sent).thenCompose(ignored -> batch.ack());
    }

    /** Adds the record's change to {@code changes}, or answers why it can never be applied; null when it is fine. */
    private String read(KafkaRecord<String, String> record, List<Commitments.Change> changes,
            Map<String, KafkaRecord<String, String>> records) {
        if (record.getPayload() == null) {
            return "empty record";
        }
        try {
            JsonNode event = json.readTree(record.getPayload());
            List<String> violations = EventSchemas.violations(event);
            if (!violations.isEmpty()) {
                return "schema: " + String.join("; ", violations);
            }
            if (!CHANGES.contains(event.get("type").asText())) {
                return null;
            }
            EnrollmentChange change = json.treeToValue(event.get("data"), EnrollmentChange.class);
            commitments.termsOf(change);
            String id = event.get("id").asText();
            changes.add(new Commitments.Change(id, change));
            records.put(id, record);
            return null;
        } catch (Exception e) {
            return "unreadable: " + e.getMessage();
        }
    }

    private List<Dead> applyIsolating(List<Commitments.Change> changes,
            Map<String, KafkaRecord<String, String>> records) {
        if (changes.isEmpty()) {
            return List.of();
        }
        try {
            Commitments.Outcome outcome = retryingTransient(() -> commitments.apply(changes));
            applied.increment(outcome.applied());
            duplicates.increment(outcome.duplicates());
            return List.of();
        } catch (StillUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            if (changes.size() == 1) {
                Commitments.Change change = changes.get(0);
                return List.of(new Dead(records.get(change.eventId()), "cannot be applied: " + e));
            }
            LOG.warnf("a batch of %d enrollment changes failed (%s); applying them one by one", changes.size(), e);
            List<Dead> dead = new ArrayList<>();
            for (Commitments.Change change : changes) {
                dead.addAll(applyIsolating(List.of(change), records));
            }
            return dead;
        }
    }

    private <T> T retryingTransient(Supplier<T> work) {
        Duration window = config.commitments().maxRetry();
        long deadline = System.nanoTime() + window.toNanos();
        long backoff = TimeUnit.MILLISECONDS.toNanos(100);
        while (true) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    throw e;
                }
                if (System.nanoTime() > deadline) {
                    throw new StillUnavailable(window, e);
                }
                retries.increment();
                LOG.warnf("database unavailable, retrying the batch: %s", e.getMessage());
                LockSupport.parkNanos(backoff);
                backoff = Math.min(backoff * 2, TimeUnit.SECONDS.toNanos(5));
            }
        }
    }

    private CompletableFuture<Void> deadLetter(Dead letter) {
        KafkaRecord<String, String> record = letter.record();
        return DeadLetters.send(deadLetters, DeadLetters.Origin.of(record),
                record.getPayload() == null ? "" : record.getPayload(), letter.reason(),
                List.of(DeadLetters.header("dead-letter-consumer", Commitments.CONSUMER)));
    }

    private static long offset(KafkaRecord<String, String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getOffset)
                .orElse(-1L);
    }
}
