package id.lindung.platform.messaging;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.faulttolerance.api.Guard;

import id.lindung.platform.quarantine.Quarantine;
import id.lindung.platform.tracing.EventTracing;
import id.lindung.platform.tracing.TraceContext;

/**
 * The one consumer pattern of Lindung. Per poll it
 * <ol>
 * <li>reads every record ({@link RecordHandler#read}): values to apply, types to ignore, poison;</li>
 * <li>applies the values in one transaction ({@link RecordHandler#apply}, which records their event ids in it);</li>
 * <li>retries a transient failure (database or broker away) with exponential backoff for as long as the outage lasts
 * (SmallRye Fault Tolerance, every cap lifted), readiness DOWN meanwhile ({@link ConsumerHealth});</li>
 * <li>isolates a record that fails for good by splitting the batch in halves until the failing record stands alone,
 * so the others are applied and the topic never stalls behind it;</li>
 * <li>keeps each poison record in the service's quarantine and sends a pointer (no payload) to the {@code .dlq};</li>
 * <li>and only then returns, so that the connector acknowledges the poll and commits its offsets.</li>
 * </ol>
 * A failure counts as transient when {@link TransientFailures} says so, or when the database does not answer at that
 * moment: a record is never taken for poison while the database is away. The method throws only when the application
 * stops (the poll is then not acknowledged and comes again).
 * <p>
 * Metrics, shared by every consumer: {@code lindung.consumer.records{channel,outcome}} (applied, duplicate, stale,
 * ignored, dead_lettered, replayed_*), {@code lindung.consumer.retries{channel,step}},
 * {@code lindung.consumer.waiting{channel}}, {@code lindung.consumer.polls{channel}} (timer).
 */
@ApplicationScoped
public class PollProcessor {

    private static final Logger LOG = Logger.getLogger(PollProcessor.class);
    /** Longer than the producer's delivery timeout (120 s), so a dead letter is given up by Kafka first. */
    private static final Duration DEAD_LETTER_ACK_TIMEOUT = Duration.ofSeconds(130);

    /** What a replay did: applied, duplicate, stale, ignored or rejected (then with reasons). */
    public record Replayed(String outcome, List<String> reasons) {

        public boolean taken() {
            return !"rejected".equals(outcome);
        }
    }

    private record Item<T>(ConsumerRecord<String, byte[]> record, String eventId, T value) {
    }

    private record Refused(ConsumerRecord<String, byte[]> record, String eventId, List<String> reasons) {
    }

    @Inject
    Quarantine quarantine;

    @Inject
    @Readiness
    ConsumerHealth health;

    @Inject
    ConsumerConfig config;

    @Inject
    MeterRegistry meters;

    @Inject
    DataSource dataSource;

    @Inject
    EventTracing tracing;

    private final Map<String, ConsumerChannel<?>> channels = new ConcurrentHashMap<>();
    private final Map<String, Guard> guards = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Makes the channel known (readiness, replay) before its first poll. */
    public void register(ConsumerChannel<?> channel) {
        channels.putIfAbsent(channel.name(), channel);
        health.register(channel.name());
    }

    public Optional<ConsumerChannel<?>> channel(String name) {
        return Optional.ofNullable(channels.get(name));
    }

    /** Processes one poll of the channel; returns once every record is applied or quarantined and dead-lettered. */
    public <T> void process(ConsumerChannel<T> channel, ConsumerRecords<String, byte[]> poll) {
        register(channel);
        // the poll joins the traces of the requests that caused its events (their traceparent)
        String topic = poll.isEmpty() ? channel.name() : poll.iterator().next().topic();
        try (EventTracing.Processing processing = tracing.processing(topic,
                StreamSupport.stream(poll.spliterator(), false).map(TraceContext::of))) {
            Timer.Sample sample = Timer.start(meters);
            List<Item<T>> items = new ArrayList<>(poll.count());
            List<Refused> refused = new ArrayList<>();
            Map<String, Integer> outcomes = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : poll) {
                switch (read(channel, record)) {
                    case RecordHandler.Apply<T> apply -> items.add(new Item<>(record, apply.eventId(), apply.value()));
                    case RecordHandler.Ignore<T> ignore -> outcomes.merge("ignored", 1, Integer::sum);
                    case RecordHandler.Poison<T> poison -> refused.add(new Refused(record, poison.eventId(),
                            poison.reasons()));
                }
            }
            applyIsolating(channel, items, outcomes, refused);
            setAside(channel, refused);
            outcomes.forEach((outcome, count) -> count(channel, outcome, count));
            count(channel, "dead_lettered", refused.size());
            sample.stop(meters.timer("lindung.consumer.polls", "channel", channel.name()));
        }
    }

    /**
     * Runs one quarantined record through the channel's logic again, once (no retry: a transient failure is thrown
     * for the caller to answer 503). Idempotent through the handler's processed-event ids: a record applied before is
     * a duplicate.
     */
    public <T> Replayed replay(ConsumerChannel<T> channel, ConsumerRecord<String, byte[]> record) {
        Replayed replayed = switch (read(channel, record)) {
            case RecordHandler.Poison<T> poison -> new Replayed("rejected", Reasons.scrub(poison.reasons()));
            case RecordHandler.Ignore<T> ignore -> new Replayed("ignored", List.of());
            case RecordHandler.Apply<T> apply -> {
                RecordHandler.Applied applied = channel.handler().apply(List.of(apply.value()));
                if (!applied.rejected().isEmpty()) {
                    yield new Replayed("rejected", Reasons.scrub(applied.rejected().values().iterator().next()));
                }
                yield new Replayed(applied.outcomes().entrySet().stream().filter(entry -> entry.getValue() > 0)
                        .map(Map.Entry::getKey).findFirst().orElse("duplicate"), List.of());
            }
        };
        count(channel, "replayed_" + replayed.outcome(), 1);
        return replayed;
    }

    private <T> RecordHandler.Verdict<T> read(ConsumerChannel<T> channel, ConsumerRecord<String, byte[]> record) {
        try {
            return channel.handler().read(record);
        } catch (RuntimeException e) {
            return RecordHandler.Verdict.poison(null, List.of("unreadable: " + Reasons.of(e)));
        }
    }

    private <T> void applyIsolating(ConsumerChannel<T> channel, List<Item<T>> items, Map<String, Integer> outcomes,
            List<Refused> refused) {
        if (items.isEmpty()) {
            return;
        }
        RecordHandler.Applied applied;
        try {
            applied = retrying(channel, "apply", this::worthRetrying,
                    () -> channel.handler().apply(items.stream().map(Item::value).toList()));
        } catch (RuntimeException e) {
            if (stopping) {
                throw e;
            }
            if (items.size() == 1 && !failsAgain(channel, items.get(0), outcomes, refused)) {
                return;
            }
            if (items.size() == 1) {
                Item<T> item = items.get(0);
                LOG.warnf("%s: %s-%d@%d fails for good: %s", channel.name(), item.record().topic(),
                        item.record().partition(), item.record().offset(), Reasons.of(e));
                refused.add(new Refused(item.record(), item.eventId(), List.of(Reasons.of(e))));
                return;
            }
            LOG.warnf("%s: a batch of %d records fails for good (%s); splitting it to isolate the cause",
                    channel.name(), items.size(), Reasons.of(e));
            int half = items.size() / 2;
            applyIsolating(channel, items.subList(0, half), outcomes, refused);
            applyIsolating(channel, items.subList(half, items.size()), outcomes, refused);
            return;
        }
        applied.outcomes().forEach((outcome, count) -> outcomes.merge(outcome, count, Integer::sum));
        applied.rejected().forEach((position, reasons) -> {
            Item<T> item = items.get(position);
            refused.add(new Refused(item.record(), item.eventId(), reasons));
        });
    }

    /**
     * A record that failed alone is tried once more before it is taken for poison: the database may have come back
     * between the failure and the check that it answers. Answers true when it failed again; else its outcome is
     * counted and false answered.
     */
    private <T> boolean failsAgain(ConsumerChannel<T> channel, Item<T> item, Map<String, Integer> outcomes,
            List<Refused> refused) {
        RecordHandler.Applied applied;
        try {
            applied = retrying(channel, "apply", this::worthRetrying,
                    () -> channel.handler().apply(List.of(item.value())));
        } catch (RuntimeException e) {
            if (stopping) {
                throw e;
            }
            return true;
        }
        applied.outcomes().forEach((outcome, count) -> outcomes.merge(outcome, count, Integer::sum));
        applied.rejected().values()
                .forEach(reasons -> refused.add(new Refused(item.record(), item.eventId(), reasons)));
        return false;
    }

    /** Quarantines every refused record, then dead-letters pointers to them; both retried until they pass. */
    private void setAside(ConsumerChannel<?> channel, List<Refused> refused) {
        if (refused.isEmpty()) {
            return;
        }
        List<DeadLetters.Pointer> pointers = new ArrayList<>(refused.size());
        for (Refused letter : refused) {
            List<String> reasons = Reasons.scrub(letter.reasons());
            UUID id = retrying(channel, "quarantine", failure -> !stopping,
                    () -> quarantine.keep(channel.name(), letter.record(), letter.eventId(), reasons));
            pointers.add(DeadLetters.Pointer.of(letter.record(), letter.eventId(), channel.name(), id, reasons));
            LOG.warnf("%s: %s-%d@%d (event %s) quarantined as %s: %s", channel.name(), letter.record().topic(),
                    letter.record().partition(), letter.record().offset(), letter.eventId(), id,
                    String.join("; ", reasons));
        }
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < refused.size(); i++) {
            pending.add(i);
        }
        retrying(channel, "dead-letter", failure -> !stopping, () -> {
            Map<Integer, CompletableFuture<Void>> sent = new HashMap<>();
            pending.forEach(i -> sent.put(i,
                    DeadLetters.send(channel.deadLetters(), refused.get(i).record().key(), pointers.get(i))));
            try {
                DeadLetters.await(List.copyOf(sent.values()), DEAD_LETTER_ACK_TIMEOUT);
                pending.clear();
            } finally {
                sent.forEach((i, ack) -> {
                    if (ack.isDone() && !ack.isCompletedExceptionally()) {
                        pending.remove(i);
                    }
                });
            }
            return null;
        });
    }

    private <R> R retrying(ConsumerChannel<?> channel, String step, Predicate<Throwable> worthRetrying,
            Supplier<R> work) {
        Guard guard = guards.computeIfAbsent(channel.name() + "/" + step, key -> Guard.create()
                .withRetry()
                .maxRetries(-1)
                .maxDuration(0, ChronoUnit.MILLIS)
                .delay(config.retry().initialDelay().toMillis(), ChronoUnit.MILLIS)
                .jitter(config.retry().initialDelay().toMillis() / 2, ChronoUnit.MILLIS)
                .withExponentialBackoff().factor(2).maxDelay(config.retry().maxDelay().toMillis(), ChronoUnit.MILLIS)
                .done()
                .whenException(worthRetrying)
                .beforeRetry((Throwable failure) -> {
                    health.waiting(channel.name(), step, failure);
                    meters.counter("lindung.consumer.retries", "channel", channel.name(), "step", step).increment();
                    LOG.warnf("%s: %s failed transiently, retrying with backoff: %s (%s)", channel.name(), step,
                            Reasons.of(failure), Reasons.scrub(rootMessage(failure)));
                })
                .done()
                .build());
        try {
            @SuppressWarnings("unchecked")
            R result = (R) guard.get((Supplier<Object>) work::get, Object.class);
            return result;
        } finally {
            health.resumed(channel.name());
        }
    }

    private boolean worthRetrying(Throwable failure) {
        return !stopping && (TransientFailures.isTransient(failure) || !databaseAnswers());
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(5);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private void count(ConsumerChannel<?> channel, String outcome, int count) {
        meters.counter("lindung.consumer.records", "channel", channel.name(), "outcome", outcome).increment(count);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
