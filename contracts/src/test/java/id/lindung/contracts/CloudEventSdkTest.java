package id.lindung.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;

/** The CloudEvents SDK for Java reads Lindung's events, with and without the distributed-tracing extension. */
class CloudEventSdkTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    /** As the services write events: ISO-8601 times (Quarkus' default). */
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final EventFormat format = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    private id.lindung.contracts.event.CloudEvent<String> event() {
        return id.lindung.contracts.event.CloudEvent.of("/lindung/enrollment-service",
                "id.lindung.enrollment.activated.v1", "2b0b7f3e-5f7e-4d3c-8d8a-3c1f5e0a9b21",
                OffsetDateTime.parse("2026-03-01T08:00:00Z"), "payload");
    }

    @Test
    void aTracedEventIsReadWithItsTraceparentAndTracestateExtensions() throws Exception {
        byte[] written = json.writeValueAsBytes(event().withTraceContext(TRACEPARENT, "lindung=1"));

        CloudEvent read = format.deserialize(written);

        assertThat(read.getType()).isEqualTo("id.lindung.enrollment.activated.v1");
        assertThat(read.getExtension("traceparent")).isEqualTo(TRACEPARENT);
        assertThat(read.getExtension("tracestate")).isEqualTo("lindung=1");
    }

    @Test
    void anUntracedEventIsReadWithoutExtensions() throws Exception {
        CloudEvent read = format.deserialize(json.writeValueAsBytes(event()));

        assertThat(read.getSubject()).isEqualTo("2b0b7f3e-5f7e-4d3c-8d8a-3c1f5e0a9b21");
        assertThat(read.getExtensionNames()).isEmpty();
    }
}
