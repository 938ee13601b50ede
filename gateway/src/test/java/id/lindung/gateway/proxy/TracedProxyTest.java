package id.lindung.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import id.lindung.gateway.support.GatewayTestProfile;
import id.lindung.gateway.support.Tokens;

/**
 * With tracing on, the backend continues the gateway's span of the call: one {@code traceparent}, in the caller's
 * trace, naming a span of the gateway's instead of the caller's.
 */
@QuarkusTest
@TestProfile(TracedProxyTest.Traced.class)
class TracedProxyTest {

    /** The gateway's test profile with the SDK on and no exporter, so nothing tries to reach a collector. */
    public static class Traced extends GatewayTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("quarkus.otel.sdk.disabled", "false");
            config.put("quarkus.otel.traces.exporter", "none");
            return config;
        }
    }

    @Test
    void theBackendContinuesTheGatewaysSpanInTheCallersTrace() {
        JsonPath echoed = given().header("Authorization", Tokens.bearer("viewer"))
                .header("traceparent", TraceContextTest.CALLER_TRACEPARENT)
                .when().get(TraceContextTest.PATH)
                .then().statusCode(200)
                .extract().jsonPath();

        String traceparent = echoed.getString("headers.traceparent");
        assertThat(traceparent).matches("00-" + TraceContextTest.TRACE_ID + "-[0-9a-f]{16}-01")
                .isNotEqualTo(TraceContextTest.CALLER_TRACEPARENT);
    }

    @Test
    void aCallWithoutTraceContextStartsATraceThatTheBackendJoins() {
        String traceparent = given().header("Authorization", Tokens.bearer("viewer"))
                .when().get(TraceContextTest.PATH)
                .then().statusCode(200)
                .extract().path("headers.traceparent");

        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }
}
