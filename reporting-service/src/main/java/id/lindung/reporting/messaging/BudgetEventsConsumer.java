package id.lindung.reporting.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;

import id.lindung.contracts.event.CloudEvent;
import id.lindung.contracts.event.EventTypes;
import id.lindung.contracts.event.FundingPoolPosition;
import id.lindung.reporting.service.BudgetProjection;

/**
 * Consumes {@code budget.events}: funding pool positions ({@code position-changed.v1}) feed the budget report; the
 * other budget event types (line allocated/revised, disbursement recorded, shortfall forecast) are acknowledged
 * without effect; malformed or schema-invalid records go to {@code budget.events.dlq}.
 */
@ApplicationScoped
public class BudgetEventsConsumer {

    private static final Set<String> APPLIED = Set.of(EventTypes.BUDGET_POSITION_CHANGED);
    private static final TypeReference<CloudEvent<FundingPoolPosition>> EVENT = new TypeReference<>() {
    };

    @Inject
    ObjectMapper mapper;

    @Inject
    BudgetProjection projection;

    @Inject
    DeadLetterQueues deadLetters;

    @Inject
    Retrier retrier;

    @Inject
    MeterRegistry meters;

    @Incoming("budget-events")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        IncomingEvent.Poll<FundingPoolPosition> poll = IncomingEvent.sort(mapper, records, APPLIED, EVENT);
        retrier.untilDone("dead-lettering", () -> {
            deadLetters.send(poll.dead());
            return null;
        });
        int applied = retrier.untilDone("budget projection", () -> projection.apply(poll.events()));
        meters.counter("lindung.reporting.events", "topic", EventTypes.BUDGET_TOPIC, "outcome", "applied")
                .increment(applied);
        meters.counter("lindung.reporting.events", "topic", EventTypes.BUDGET_TOPIC, "outcome", "ignored")
                .increment(poll.ignored());
    }
}
