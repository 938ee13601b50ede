package id.lindung.reporting.messaging;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.lindung.contracts.event.EventSchemas;

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
