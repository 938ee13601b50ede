package id.lindung.enrollment.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;

import id.lindung.enrollment.domain.CheckedRecord;
import id.lindung.enrollment.domain.Outcome;
import id.lindung.enrollment.domain.RecordResult;
import id.lindung.enrollment.service.EnrollmentEventsIntake;
import id.lindung.enrollment.service.TransientFailure;
import id.lindung.platform.messaging.DeadLetters;
import id.lindung.platform.problem.FieldError;

/**
 * The Kafka door: consumes {@code bpjs.enrollment-events} a poll at a time (one transaction per poll, never one per
 * record). Rejected records go to {@code bpjs.enrollment-events.dlq}, with the original key and value and the reasons
 * in headers; the poll is acknowledged (and its offsets committed) only after the transaction and the dead letters
 * are durable. Transient failures are retried until they pass, never dead-lettered.
 */
@ApplicationScoped
public class BpjsEventsConsumer {

    public static final String REASON_HEADER = DeadLetters.REASON_HEADER;
    /** One header per reason, next to their summary in {@link #REASON_HEADER}. */
    public static final String REASONS_HEADER = "dead-letter-reasons";
    public static final String TOPIC_HEADER = DeadLetters.TOPIC_HEADER;
    public static final String PARTITION_HEADER = DeadLetters.PARTITION_HEADER;
    public static final String OFFSET_HEADER = DeadLetters.OFFSET_HEADER;

    private static final Logger LOG = Logger.getLogger(BpjsEventsConsumer.class);

    @Inject
    EnrollmentEventsIntake intake;

    @Inject
    @Channel("bpjs-enrollment-events-dlq")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 20_000)
    Emitter<String> deadLetters;

    @Incoming("bpjs-enrollment-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> poll) throws Exception {
        List<ConsumerRecord<String, String>> records = new ArrayList<>(poll.count());
        poll.forEach(records::add);
        List<CheckedRecord> checked = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            checked.add(intake.check(i, records.get(i).value()));
        }
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        for (RecordResult result : ingest(checked)) {
            if (result.outcome() == Outcome.REJECTED) {
                sent.add(deadLetter(records.get(result.index()), result.reasons()));
            }
        }
        DeadLetters.await(sent, Duration.ofSeconds(60));
        if (!sent.isEmpty()) {
            LOG.infof("%d of %d records from %s dead-lettered", sent.size(), records.size(),
                    records.get(0).topic());
        }
    }

    /**
     * Applies the poll in one transaction. Should that fail for a reason a retry cannot fix (a record the code cannot
     * handle), the records are applied one by one so that only the offending ones are dead-lettered, with the failure
     * as their reason, and the topic never stalls behind them.
     */
    private List<RecordResult> ingest(List<CheckedRecord> checked) {
        try {
            return intake.ingestPolled(checked);
        } catch (RuntimeException batchFailure) {
            if (TransientFailure.isTransient(batchFailure)) {
                throw batchFailure;
            }
            LOG.errorf(batchFailure, "a poll of %d records failed; applying them one by one", checked.size());
            List<RecordResult> results = new ArrayList<>(checked.size());
            for (CheckedRecord record : checked) {
                try {
                    results.addAll(intake.ingestPolled(List.of(record)));
                } catch (RuntimeException recordFailure) {
                    if (TransientFailure.isTransient(recordFailure)) {
                        throw recordFailure;
                    }
                    results.add(RecordResult.rejected(record.index(), record.eventId(), List.of(new FieldError("record",
                            "could not be processed (" + recordFailure.getClass().getSimpleName() + ")"))));
                }
            }
            return results;
        }
    }

    private CompletableFuture<Void> deadLetter(ConsumerRecord<String, String> record, List<FieldError> reasons) {
        List<String> each = reasons.stream().map(reason -> reason.field() + ": " + reason.message()).toList();
        List<Header> extra = each.stream().map(reason -> DeadLetters.header(REASONS_HEADER, reason)).toList();
        return DeadLetters.send(deadLetters, DeadLetters.Origin.of(record), record.value() == null ? "" : record.value(),
                String.join("; ", each), extra);
    }
}
