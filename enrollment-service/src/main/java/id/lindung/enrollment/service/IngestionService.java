package id.lindung.enrollment.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.person.Nik;
import id.lindung.enrollment.config.EnrollmentConfig;
import id.lindung.enrollment.domain.BpjsRecord;
import id.lindung.enrollment.domain.CheckedRecord;
import id.lindung.enrollment.domain.EnrollmentLedger;
import id.lindung.enrollment.domain.EnrollmentState;
import id.lindung.enrollment.domain.Outcome;
import id.lindung.enrollment.domain.ParticipantState;
import id.lindung.enrollment.domain.RecordResult;
import id.lindung.enrollment.repository.IngestionRepository;
import id.lindung.platform.inbox.ProcessedEvents;
import id.lindung.platform.outbox.InvalidEventException;
import id.lindung.platform.outbox.Outbox;
import id.lindung.platform.problem.FieldError;

/**
 * The one logic behind both doors (REST and Kafka): takes checked records, answers each with accepted / duplicate /
 * rejected, and applies the accepted ones in a single transaction per batch: participants, enrollments, history,
 * double-funding findings, outbox events and the processed event ids commit together or not at all.
 */
@ApplicationScoped
public class IngestionService {

    /** The inbox name under which accepted BPJS event ids are recorded (both doors share it). */
    public static final String INBOX = "bpjs-enrollment-events";

    private static final Logger LOG = Logger.getLogger(IngestionService.class);
    private static final HexFormat HEX = HexFormat.of();
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /** Where a batch came from; kept in history. */
    public enum Door {
        REST, KAFKA
    }

    @Inject
    IngestionRepository repository;

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    Outbox outbox;

    @Inject
    PersonalData personalData;

    @Inject
    EnrollmentConfig config;

    @Inject
    MeterRegistry metrics;

    /**
     * Answers every record, in order. Invalid ones are rejected without touching the database; the valid ones are
     * applied in one transaction, retried on transient failures up to {@code attempts} times (0 = until it works).
     *
     * @throws TransientFailure when the database stayed unavailable for every attempt
     */
    public List<RecordResult> ingest(List<CheckedRecord> records, Door door, int attempts) {
        RecordResult[] results = new RecordResult[records.size()];
        List<CheckedRecord> valid = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            CheckedRecord checked = records.get(i);
            if (checked.isValid()) {
                valid.add(checked);
            } else {
                results[i] = RecordResult.rejected(checked.index(), checked.eventId(), checked.reasons());
            }
        }
        Map<Integer, Integer> positionOfIndex = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            positionOfIndex.put(records.get(i).index(), i);
        }
        while (!valid.isEmpty()) {
            try {
                List<RecordResult> applied = withRetries(() -> QuarkusTransaction.requiringNew()
                        .call(() -> applyAll(valid, door)), attempts);
                applied.forEach(result -> results[positionOfIndex.get(result.index())] = result);
                break;
            } catch (UnrepresentableRecord e) {
                // the batch rolled back: answer the record with its reasons and apply the others without it
                LOG.errorf("record %d of a %s batch passed the intake rules but makes an event that breaks its schema"
                        + " (an intake rule is missing): %s", e.index, door, e.violations);
                CheckedRecord refused = valid.stream().filter(checked -> checked.index() == e.index).findFirst()
                        .orElseThrow();
                valid.remove(refused);
                results[positionOfIndex.get(e.index)] = RecordResult.rejected(e.index, refused.eventId(),
                        List.of(new FieldError("record", "cannot be turned into a valid event: "
                                + String.join("; ", e.violations))));
            }
        }
        List<RecordResult> answers = Arrays.asList(results);
        count(answers, door);
        return answers;
    }

    private List<RecordResult> applyAll(List<CheckedRecord> valid, Door door) {
        long start = System.nanoTime();
        List<RecordResult> results = new ArrayList<>(valid.size());
        Set<String> processed = repository.processedAmong(INBOX, valid.stream().map(CheckedRecord::eventId).toList());
        Set<String> seen = new HashSet<>();
        List<CheckedRecord> fresh = new ArrayList<>(valid.size());
        for (CheckedRecord checked : valid) {
            if (processed.contains(checked.eventId()) || !seen.add(checked.eventId())) {
                results.add(RecordResult.duplicate(checked.index(), checked.eventId()));
            } else {
                fresh.add(checked);
            }
        }
        if (fresh.isEmpty()) {
            return results;
        }
        Map<String, byte[]> hashOfNik = new LinkedHashMap<>();
        fresh.forEach(checked -> hashOfNik.computeIfAbsent(checked.record().nik(), personalData::hash));
        Map<String, ParticipantState> participants = new HashMap<>(
                repository.lockParticipants(hashOfNik.values()));
        List<ParticipantState> created = new ArrayList<>();
        EnrollmentLedger ledger = new EnrollmentLedger(record -> {
            ParticipantState participant = newParticipant(record, hashOfNik.get(record.nik()));
            created.add(participant);
            return participant;
        });
        // per participant the newest occurredAt wins: apply in occurredAt order, arrival order among equals
        fresh.sort(Comparator.comparing((CheckedRecord checked) -> checked.record().occurredAt().toInstant())
                .thenComparingInt(CheckedRecord::index));
        List<String> acceptedIds = new ArrayList<>(fresh.size());
        for (CheckedRecord checked : fresh) {
            String key = HEX.formatHex(hashOfNik.get(checked.record().nik()));
            EnrollmentLedger.Applied applied = ledger.apply(checked.index(), checked.record(), participants.get(key));
            if (applied.participant() != null) {
                participants.putIfAbsent(key, applied.participant());
            }
            results.add(applied.result());
            if (applied.result().outcome() == Outcome.ACCEPTED) {
                acceptedIds.add(checked.eventId());
            }
        }
        write(participants.values(), created, ledger, door);
        Set<String> claimed = processedEvents.claimAll(INBOX, acceptedIds);
        if (claimed.size() != acceptedIds.size()) {
            throw new TransientFailure("a concurrent batch processed some of the same event ids");
        }
        LOG.debugf("%s batch: %d records applied in %d ms (%d new participants, %d events)", door, fresh.size(),
                (System.nanoTime() - start) / 1_000_000, created.size(), ledger.emitted().size() + ledger.found().size());
        return results;
    }

    private void write(Iterable<ParticipantState> participants, List<ParticipantState> created,
            EnrollmentLedger ledger, Door door) {
        List<ParticipantState> changedParticipants = new ArrayList<>();
        List<EnrollmentState> newEnrollments = new ArrayList<>();
        List<EnrollmentState> changedEnrollments = new ArrayList<>();
        for (ParticipantState participant : participants) {
            if (!participant.isNew && participant.dirty) {
                changedParticipants.add(participant);
            }
            for (EnrollmentState enrollment : participant.enrollments) {
                if (enrollment.isNew) {
                    newEnrollments.add(enrollment);
                } else if (enrollment.dirty) {
                    changedEnrollments.add(enrollment);
                }
            }
        }
        repository.insertParticipants(created);
        repository.updateParticipants(changedParticipants);
        repository.insertEnrollments(newEnrollments);
        repository.updateEnrollments(changedEnrollments);
        repository.insertHistory(ledger.history(), door.name());
        repository.insertFindings(ledger.found());
        List<Outbox.Entry> events = new ArrayList<>(ledger.emitted().size() + ledger.found().size());
        List<Integer> recordOfEvent = new ArrayList<>(ledger.emitted().size() + ledger.found().size());
        for (EnrollmentLedger.Emitted emitted : ledger.emitted()) {
            String participantId = emitted.change().participantId();
            events.add(new Outbox.Entry(EventTypes.ENROLLMENT_TOPIC, participantId,
                    outbox.event(emitted.type(), participantId, emitted.change())));
            recordOfEvent.add(emitted.index());
        }
        for (EnrollmentLedger.Found found : ledger.found()) {
            String participantId = found.finding().participantId();
            events.add(new Outbox.Entry(EventTypes.ENROLLMENT_TOPIC, participantId,
                    outbox.event(EventTypes.DOUBLE_FUNDING_DETECTED, participantId, found.finding())));
            recordOfEvent.add(found.index());
        }
        try {
            outbox.appendAll(events);
        } catch (InvalidEventException e) {
            throw new UnrepresentableRecord(recordOfEvent.get(e.entry()), e.violations());
        }
    }

    /** A record whose event would break its schema; thrown out of the batch's transaction, which rolls back. */
    static final class UnrepresentableRecord extends RuntimeException {

        final int index;
        final List<String> violations;

        UnrepresentableRecord(int index, List<String> violations) {
            super("record " + index + " makes an invalid event", null, false, false);
            this.index = index;
            this.violations = violations;
        }
    }

    private ParticipantState newParticipant(BpjsRecord record, byte[] nikHash) {
        ParticipantState participant = new ParticipantState(UUID.randomUUID(), nikHash, Nik.mask(record.nik()),
                record.kpj(), record.fullName(), record.birthDate(), record.sex(), record.occurredAt(), true);
        participant.nikEncrypted = personalData.encrypt(record.nik());
        return participant;
    }

    private <T> T withRetries(java.util.concurrent.Callable<T> work, int attempts) {
        Duration backoff = config.ingestion().retryBackoff();
        for (int attempt = 1;; attempt++) {
            try {
                return work.call();
            } catch (Exception e) {
                if (!TransientFailure.isTransient(e)) {
                    throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
                }
                if (attempts > 0 && attempt >= attempts) {
                    throw new TransientFailure("ingestion failed " + attempt + " times: " + e.getMessage());
                }
                LOG.warnf("ingestion attempt %d failed transiently, retrying in %d ms: %s", attempt,
                        backoff.toMillis(), e.getMessage());
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private static void pause(Duration backoff) {
        try {
            Thread.sleep(backoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientFailure("interrupted while waiting to retry");
        }
    }

    private void count(List<RecordResult> results, Door door) {
        Map<Outcome, Long> counts = new java.util.EnumMap<>(Outcome.class);
        results.forEach(result -> counts.merge(result.outcome(), 1L, Long::sum));
        counts.forEach((outcome, n) -> metrics.counter("lindung.enrollment.records", "door", door.name().toLowerCase(),
                "outcome", outcome.name().toLowerCase()).increment(n));
    }
}
