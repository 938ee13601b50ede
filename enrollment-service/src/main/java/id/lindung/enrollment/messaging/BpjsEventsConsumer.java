package id.lindung.enrollment.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Blocking;

import id.lindung.enrollment.domain.CheckedRecord;
import id.lindung.enrollment.domain.Outcome;
import id.lindung.enrollment.domain.RecordResult;
import id.lindung.enrollment.service.EnrollmentEventsIntake;
import id.lindung.platform.messaging.ConsumerChannel;
import id.lindung.platform.messaging.PollProcessor;
import id.lindung.platform.messaging.RecordHandler;
import id.lindung.platform.problem.FieldError;

/**
 * The Kafka door: consumes {@code bpjs.enrollment-events} through the platform's consumer pattern
 * ({@link PollProcessor}), a poll at a time (one transaction per poll, never one per record). A rejected record is
 * quarantined in this service's database, encrypted (it holds a NIK and a name), and
 * {@code bpjs.enrollment-events.dlq} gets only a pointer to it with the reasons; the poll is acknowledged (and its
 * offsets committed) only after the transaction, the quarantine and the dead letters are durable. Outages are waited
 * out, never dead-lettered.
 */
@ApplicationScoped
public class BpjsEventsConsumer implements RecordHandler<CheckedRecord> {

    public static final String CHANNEL = "bpjs-enrollment-events";

    @Inject
    EnrollmentEventsIntake intake;

    @Inject
    PollProcessor processor;

    @Inject
    @Channel("bpjs-enrollment-events-dlq")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 20_000)
    Emitter<String> deadLetters;

    private ConsumerChannel<CheckedRecord> channel;

    void register(@Observes StartupEvent event) {
        processor.register(channel());
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> poll) {
        processor.process(channel(), poll);
    }

    private ConsumerChannel<CheckedRecord> channel() {
        if (channel == null) {
            channel = new ConsumerChannel<>(CHANNEL, deadLetters, this);
        }
        return channel;
    }

    @Override
    public Verdict<CheckedRecord> read(ConsumerRecord<String, byte[]> record) {
        CheckedRecord checked = intake.check(0,
                record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8));
        return checked.isValid()
                ? Verdict.apply(checked.eventId(), checked)
                : Verdict.poison(checked.eventId(), reasons(checked.reasons()));
    }

    @Override
    public Applied apply(List<CheckedRecord> records) {
        List<CheckedRecord> indexed = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            CheckedRecord record = records.get(i);
            indexed.add(new CheckedRecord(i, record.eventId(), record.record(), record.reasons()));
        }
        Map<String, Integer> outcomes = new HashMap<>();
        Map<Integer, List<String>> rejected = new HashMap<>();
        for (RecordResult result : intake.ingestPolled(indexed)) {
            if (result.outcome() == Outcome.REJECTED) {
                rejected.put(result.index(), reasons(result.reasons()));
            } else {
                outcomes.merge(result.outcome() == Outcome.ACCEPTED ? "applied" : "duplicate", 1, Integer::sum);
            }
        }
        return new Applied(outcomes, rejected);
    }

    private static List<String> reasons(List<FieldError> errors) {
        return errors.stream().map(error -> error.field() + ": " + error.message()).toList();
    }
}
