package id.lindung.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.restassured.http.ContentType;

import id.lindung.systemtests.OtlpReceiver.ReceivedSpan;

/**
 * One trace across the whole path: a BPJS batch posted through the gateway, enrollment-service writing the events to
 * its outbox, the relay publishing them to {@code enrollment.events} later, and budget-service and reporting-service
 * consuming them, each in a span of the trace of the gateway request that caused the events.
 */
@ExtendWith(RunningSuite.class)
class TracingIT {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void theConsumersOfAnEnrollmentWorkInTheTraceOfTheGatewayRequestThatPostedIt() {
        // the caller's own span: the gateway continues its trace, so the test knows the trace id up front
        String traceId = HEX.formatHex(randomBytes(16));
        String callerSpanId = HEX.formatHex(randomBytes(8));

        given().spec(RunningSuite.gateway(RunningSuite.token("bpjs", null)))
                .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .contentType(ContentType.JSON)
                .body("[" + TestPeople.enrolledRecord(TestPeople.next(), "36.03.01.2003", "36.03") + "]")
                .when().post("/api/v1/enrollment-events")
                .then().statusCode(200)
                .body("results[0].outcome", equalTo("ACCEPTED"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<ReceivedSpan> trace = RunningSuite.traces().trace(traceId);
            ReceivedSpan gateway = only(trace, "lindung-gateway", SpanKind.SPAN_KIND_SERVER);
            assertThat(gateway.parentSpanId()).as("the gateway's span continues the caller's").isEqualTo(callerSpanId);
            ReceivedSpan proxied = only(trace, "lindung-gateway", SpanKind.SPAN_KIND_CLIENT);
            assertThat(proxied.parentSpanId()).isEqualTo(gateway.spanId());
            ReceivedSpan enrollment = only(trace, "enrollment-service", SpanKind.SPAN_KIND_SERVER);
            assertThat(enrollment.parentSpanId()).as("the proxied call carries its traceparent: " + trace)
                    .isEqualTo(proxied.spanId());
            assertThat(consumers(trace, "budget-service")).as("budget-service consuming enrollment.events")
                    .isNotEmpty()
                    .allSatisfy(span -> assertThat(span.parentSpanId()).isEqualTo(enrollment.spanId()));
            assertThat(consumers(trace, "reporting-service")).as("reporting-service consuming enrollment.events")
                    .isNotEmpty()
                    .allSatisfy(span -> assertThat(span.parentSpanId()).isEqualTo(enrollment.spanId()));
        });
    }

    private static ReceivedSpan only(List<ReceivedSpan> trace, String service, SpanKind kind) {
        List<ReceivedSpan> found = trace.stream()
                .filter(span -> span.service().equals(service) && span.kind() == kind)
                .toList();
        assertThat(found).as(kind + " span of " + service + " in " + trace).hasSize(1);
        return found.get(0);
    }

    private static List<ReceivedSpan> consumers(List<ReceivedSpan> trace, String service) {
        return trace.stream()
                .filter(span -> span.service().equals(service) && span.kind() == SpanKind.SPAN_KIND_CONSUMER
                        && span.name().equals("process enrollment.events"))
                .toList();
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
