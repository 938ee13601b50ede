package id.lindung.reporting.messaging;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.lindung.contracts.event.CloudEvent;
import id.lindung.contracts.event.EventSchemas;
import id.lindung.reporting.messaging.DeadLetterQueues.DeadLetter;

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

    /** A record that can never be processed. */
    record Invalid(String reason) implements IncomingEvent {
    }

    /** A poll sorted out: the events to apply, the records to dead-letter, and how many were of other types. */
    record Poll<T>(List<CloudEvent<T>> events, List<DeadLetter> dead, int ignored) {
    }

    /** Reads every record of a poll, typing the applicable events as {@code eventType}. */
    static <T> Poll<T> sort(ObjectMapper mapper, ConsumerRecords<String, byte[]> records, Set<String> applicableTypes,
            TypeReference<CloudEvent<T>> eventType) {
        List<CloudEvent<T>> events = new ArrayList<>(records.count());
        List<DeadLetter> dead = new ArrayList<>();
        int ignored = 0;
        for (ConsumerRecord<String, byte[]> record : records) {
            switch (read(mapper, record.value(), applicableTypes)) {
                case Applicable applicable -> {
                    try {
                        events.add(mapper.convertValue(applicable.event(), eventType));
                    } catch (IllegalArgumentException e) {
                        dead.add(new DeadLetter(record, "unreadable: " + e.getMessage()));
                    }
                }
                case Ignored other -> {
                    ignored++;
                    Logger.getLogger(IncomingEvent.class).debugf("ignoring %s at %s-%d@%d", other.type(),
                            record.topic(), record.partition(), record.offset());
                }
                case Invalid invalid -> dead.add(new DeadLetter(record, invalid.reason()));
            }
        }
        return new Poll<>(events, dead, ignored);
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
            return new Invalid("not JSON: " + e.getMessage());
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
            return new Invalid("schema: " + String.join("; ", violations));
        }
        return new Applicable(type.asText(), event);
    }
}
