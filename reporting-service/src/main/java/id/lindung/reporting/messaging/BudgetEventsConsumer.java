package id.lindung.reporting.messaging;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Blocking;

import id.lindung.contracts.event.CloudEvent;
import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.event.FundingPoolPosition;
import id.lindung.platform.messaging.ConsumerChannel;
import id.lindung.platform.messaging.PollProcessor;
import id.lindung.platform.messaging.RecordHandler;
import id.lindung.reporting.service.BudgetProjection;

/**
 * Consumes {@code budget.events} through the platform's consumer pattern ({@link PollProcessor}): funding pool
 * positions ({@code position-changed.v1}) feed the budget report; the other budget event types are acknowledged
 * without effect; malformed or schema-invalid records are quarantined and dead-lettered as pointers.
 */
@ApplicationScoped
public class BudgetEventsConsumer implements RecordHandler<CloudEvent<FundingPoolPosition>> {

    public static final String CHANNEL = "budget-events";
    private static final Set<String> APPLIED = Set.of(EventTypes.BUDGET_POSITION_CHANGED);
    private static final TypeReference<CloudEvent<FundingPoolPosition>> EVENT = new TypeReference<>() {
    };

    @Inject
    ObjectMapper mapper;

    @Inject
    BudgetProjection projection;

    @Inject
    PollProcessor processor;

    @Inject
    @Channel("budget-events-dlq")
    Emitter<String> deadLetters;

    private ConsumerChannel<CloudEvent<FundingPoolPosition>> channel;

    void register(@Observes StartupEvent event) {
        processor.register(channel());
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        processor.process(channel(), records);
    }

    private ConsumerChannel<CloudEvent<FundingPoolPosition>> channel() {
        if (channel == null) {
            channel = new ConsumerChannel<>(CHANNEL, deadLetters, this);
        }
        return channel;
    }

    @Override
    public Verdict<CloudEvent<FundingPoolPosition>> read(ConsumerRecord<String, byte[]> record) {
        return IncomingEvent.verdict(mapper, record, APPLIED, EVENT);
    }

    @Override
    public Applied apply(List<CloudEvent<FundingPoolPosition>> events) {
        int applied = projection.apply(events);
        return Applied.of(Map.of("applied", applied, "duplicate", events.size() - applied));
    }
}
