package id.lindung.reporting.messaging;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.lindung.contracts.event.CloudEvent;
import id.lindung.contracts.event.EventSchemas;
import id.lindung.platform.messaging.RecordHandler;

/**
 * What a consumer makes of one Kafka record: an event of a type it applies (valid against its JSON Schema), an event
 * of a type it does not use (acknowledged without effect), or a record that can never be processed (dead-lettered
 * with the reason).
 */
public sealed interface IncomingEvent {

    /** An event to apply. */
    record Applicable(String type, JsonNode event) implements IncomingEvent {
    }

    /** A well-formed CloudEvent of a type this consumer does not use. */
    record Ignored(String type) implements IncomingEvent {
    }

    /** A record that can never be processed; its event id when it has one. */
    record Invalid(String reason, String id) implements IncomingEvent {

        Invalid(String reason) {
            this(reason, null);
        }
    }

    /**
     * The consumer pattern's verdict on a record: an applicable event typed as {@code eventType}, an event of another
     * type to ignore, or poison with the reason.
     */
    static <T> RecordHandler.Verdict<CloudEvent<T>> verdict(ObjectMapper mapper, ConsumerRecord<String, byte[]> record,
            Set<String> applicableTypes, TypeReference<CloudEvent<T>> eventType) {
        return switch (read(mapper, record.value(), applicableTypes)) {
            case Applicable applicable -> {
                String id = applicable.event().get("id").asText();
                try {
                    yield RecordHandler.Verdict.apply(id, mapper.convertValue(applicable.event(), eventType));
                } catch (IllegalArgumentException e) {
                    yield RecordHandler.Verdict.poison(id, List.of("unreadable: " + e.getClass().getSimpleName()));
                }
            }
            case Ignored other -> {
                Logger.getLogger(IncomingEvent.class).debugf("ignoring %s at %s-%d@%d", other.type(), record.topic(),
                        record.partition(), record.offset());
                yield RecordHandler.Verdict.ignore(null);
            }
            case Invalid invalid -> RecordHandler.Verdict.poison(invalid.id(), List.of(invalid.reason()));
        };
    }

    /** Reads a record value; an event of an applicable type is validated against its JSON Schema. */
    static IncomingEvent read(ObjectMapper mapper, byte[] value, Set<String> applicableTypes) {
        if (value == null || value.length == 0) {
            return new Invalid("empty record value");
        }
        JsonNode event;
        try {
            event = mapper.readTree(value);
        } catch (JsonProcessingException e) {
            return new Invalid("not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return new Invalid("not JSON");
        }
        if (event == null || !event.isObject()) {
            return new Invalid("not a JSON object");
        }
        JsonNode type = event.get("type");
        JsonNode id = event.get("id");
        if (type == null || !type.isTextual() || id == null || !id.isTextual() || id.asText().isBlank()) {
            return new Invalid("not a CloudEvent: type and id are required");
        }
        if (!applicableTypes.contains(type.asText())) {
            return new Ignored(type.asText());
        }
        List<String> violations = EventSchemas.violations(event);
        if (!violations.isEmpty()) {
            return new Invalid("schema: " + String.join("; ", violations), id.asText());
        }
        return new Applicable(type.asText(), event);
    }
}
