package id.lindung.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import id.lindung.gateway.support.GatewayTestProfile;
import id.lindung.gateway.support.Tokens;

/** Tracing is off as the gateway ships: a caller's trace context reaches the backend as the caller sent it. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class TraceContextTest {

    static final String PATH = "/api/v1/enrollments?region=36";
    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String CALLER_TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    @Test
    void untracedTheCallersTraceContextPassesThroughUnchanged() {
        String backendSaw = given().header("Authorization", Tokens.bearer("viewer"))
                .header("traceparent", CALLER_TRACEPARENT)
                .header("tracestate", "caller=1")
                .when().get(PATH)
                .then().statusCode(200)
                .extract().path("headers.traceparent");

        assertThat(backendSaw).isEqualTo(CALLER_TRACEPARENT);
    }
}
