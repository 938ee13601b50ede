package id.lindung.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.lindung.contracts.event.CloudEvent;
import id.lindung.contracts.event.EventSchemas;

class EventSchemasTest {

    private final ObjectMapper json = new ObjectMapper();

    private ObjectNode activated() throws Exception {
        return (ObjectNode) json.readTree("""
                {"specversion":"1.0","id":"6f1c2a52-0c37-4a51-9a8f-0f7c2f4d1a11","source":"/lindung/enrollment-service",
                 "type":"id.lindung.enrollment.activated.v1","subject":"2b0b7f3e-5f7e-4d3c-8d8a-3c1f5e0a9b21",
                 "time":"2026-03-01T08:00:00Z","datacontenttype":"application/json",
                 "data":{"participantId":"2b0b7f3e-5f7e-4d3c-8d8a-3c1f5e0a9b21",
                   "enrollmentId":"9a3e1c0d-2f4b-4e6a-8c7d-1b2a3c4d5e6f","sequence":1,"status":"ACTIVE",
                   "category":"NON_ASN","segment":"PU","programmes":["JKK","JKM"],"domicileRegion":"36.03.01.2001",
                   "payer":{"type":"APBD_KABKOTA","region":"36.03"},"wageBase":1000000,"riskClass":1,
                   "coverageStart":"2026-01-01","coverageEnd":null,"sex":"FEMALE","birthYear":1990,
                   "occurredAt":"2026-01-02T03:04:05Z"}}
                """);
    }

    @Test
    void aWellFormedEnrollmentEventPasses() throws Exception {
        assertThat(EventSchemas.violations(activated())).isEmpty();
    }

    @Test
    void personalDataIsNotAllowedInTheEvent() throws Exception {
        ObjectNode event = activated();
        ((ObjectNode) event.get("data")).put("nik", "3603011705900001");
        assertThat(EventSchemas.violations(event)).anySatisfy(message -> assertThat(message).contains("nik"));
    }

    @Test
    void badValuesAndMissingEnvelopeFieldsAreNamed() throws Exception {
        ObjectNode event = activated();
        event.remove("subject");
        ((ObjectNode) event.get("data")).put("domicileRegion", "3603012001");
        assertThat(EventSchemas.violations(event))
                .anySatisfy(message -> assertThat(message).contains("subject"))
                .anySatisfy(message -> assertThat(message).contains("domicileRegion"));
    }

    @Test
    void theDistributedTracingExtensionIsOptionalAndMustBeAW3cTraceContext() throws Exception {
        ObjectNode event = activated();
        event.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        event.put("tracestate", "lindung=gateway");
        assertThat(EventSchemas.violations(event)).isEmpty();

        event.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(EventSchemas.violations(event)).anySatisfy(message -> assertThat(message).contains("traceparent"));

        event.remove("traceparent");
        assertThat(EventSchemas.violations(event)).anySatisfy(message -> assertThat(message).contains("traceparent"));
    }

    @Test
    void anEventWithoutTraceContextIsWrittenWithoutTheExtension() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        CloudEvent<String> untraced = CloudEvent.of("/lindung/test", "id.lindung.test.tested.v1", "s", null, "d");
        assertThat(mapper.valueToTree(untraced).has("traceparent")).isFalse();
        assertThat(mapper.valueToTree(untraced).has("tracestate")).isFalse();

        CloudEvent<String> traced = untraced
                .withTraceContext("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", null);
        assertThat(mapper.valueToTree(traced).get("traceparent").asText())
                .isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertThat(mapper.valueToTree(traced).has("tracestate")).isFalse();
    }

    @Test
    void anUnknownTypeIsAViolation() throws Exception {
        ObjectNode event = activated();
        event.put("type", "id.lindung.enrollment.teleported.v1");
        assertThat(EventSchemas.violations(event)).containsExactly(
                "type: unknown event type \"id.lindung.enrollment.teleported.v1\"");
    }
}
