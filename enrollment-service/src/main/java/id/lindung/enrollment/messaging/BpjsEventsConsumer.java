package id.lindung.enrollment.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import id.lindung.enrollment.domain.CheckedRecord;
import id.lindung.enrollment.domain.Outcome;
import id.lindung.enrollment.domain.RecordResult;
import id.lindung.enrollment.service.EnrollmentEventsIntake;
import id.lindung.enrollment.service.TransientFailure;
import id.lindung.platform.problem.FieldError;

/**
 * The Kafka door: consumes {@code bpjs.enrollment-events} a poll at a time (one transaction per poll, never one per
 * record). Rejected records go to {@code bpjs.enrollment-events.dlq}, with the original key and value and the reasons
 * in headers; the poll is acknowledged (and its offsets committed) only after the transaction and the dead letters
 * are durable. Transient failures are retried until they pass, never dead-lettered.
 */
@ApplicationScoped
public class BpjsEventsConsumer {

    public static final String REASON_HEADER = "dead-letter-reason";
    public static final String REASONS_HEADER = "dead-letter-reasons";
    public static final String TOPIC_HEADER = "dead-letter-topic";
    public static final String PARTITION_HEADER = "dead-letter-partition";
    public static final String OFFSET_HEADER = "dead-letter-offset";

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
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
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
        String summary = reasons.stream().map(reason -> reason.field() + ": " + reason.message())
                .collect(Collectors.joining("; "));
        RecordHeaders headers = new RecordHeaders();
        headers.add(REASON_HEADER, bytes(summary));
        for (FieldError reason : reasons) {
            headers.add(REASONS_HEADER, bytes(reason.field() + ": " + reason.message()));
        }
        headers.add(TOPIC_HEADER, bytes(record.topic()));
        headers.add(PARTITION_HEADER, bytes(Integer.toString(record.partition())));
        headers.add(OFFSET_HEADER, bytes(Long.toString(record.offset())));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.key())
                .withHeaders(headers)
                .build();
        CompletableFuture<Void> done = new CompletableFuture<>();
        deadLetters.send(Message.of(record.value() == null ? "" : record.value(), Metadata.of(metadata))
                .withAck(() -> {
                    done.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    done.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return done;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
