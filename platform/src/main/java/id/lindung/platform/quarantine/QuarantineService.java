package id.lindung.platform.quarantine;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.lindung.platform.messaging.ConsumerChannel;
import id.lindung.platform.messaging.PollProcessor;
import id.lindung.platform.messaging.TransientFailures;
import id.lindung.platform.problem.ProblemException;
import id.lindung.platform.web.Page;

/** Listing and replay of a service's quarantine, for operators ({@code admin}). */
@ApplicationScoped
public class QuarantineService {

    @Inject
    Quarantine quarantine;

    @Inject
    PollProcessor processor;

    @Inject
    PayloadSeal seal;

    public Page<QuarantineView> list(String consumer, QuarantinedRecord.Status status, int page, int size) {
        return quarantine.list(consumer, status, page, size).map(record -> QuarantineView.of(record, seal));
    }

    public Optional<QuarantineView> find(UUID id) {
        return quarantine.find(id).map(record -> QuarantineView.of(record, seal));
    }

    /**
     * Runs the record through its consumer's logic again. A record taken before answers its first result; a record
     * still refused stays quarantined with the new reasons.
     */
    public Optional<ReplayResult> replay(UUID id) {
        return quarantine.find(id).map(record -> {
            if (record.status() == QuarantinedRecord.Status.REPLAYED) {
                return new ReplayResult(id, record.replayOutcome(), record.status(), List.of());
            }
            ConsumerChannel<?> channel = processor.channel(record.consumer())
                    .orElseThrow(() -> ProblemException.conflict("unknown-consumer",
                            "no consumer " + record.consumer() + " runs in this service"));
            PollProcessor.Replayed replayed;
            try {
                replayed = processor.replay(channel, record.asConsumerRecord());
            } catch (RuntimeException e) {
                if (TransientFailures.isTransient(e)) {
                    throw new ProblemException(503, "unavailable", "Service unavailable",
                            "the record could not be replayed now; try again later", List.of());
                }
                throw e;
            }
            if (replayed.taken()) {
                quarantine.markReplayed(id, replayed.outcome());
                return new ReplayResult(id, replayed.outcome(), QuarantinedRecord.Status.REPLAYED, List.of());
            }
            quarantine.stillRefused(id, replayed.reasons());
            return new ReplayResult(id, replayed.outcome(), QuarantinedRecord.Status.QUARANTINED, replayed.reasons());
        });
    }
}
