package id.lindung.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import id.lindung.gateway.support.GatewayTestProfile;
import id.lindung.gateway.support.StubBackend;
import id.lindung.gateway.support.StubBackends;
import id.lindung.gateway.support.Tokens;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class RoutingTest {

    @TestHTTPResource("/")
    URI gateway;

    @ParameterizedTest
    @CsvSource({
            "/api/v1/enrollment-events, enrollment",
            "/api/v1/participants/4f1c, enrollment",
            "/api/v1/enrollments?region=36.03&status=ACTIVE, enrollment",
            "/api/v1/double-funding?region=36, enrollment",
            "/api/v1/budget-lines/9/position, budget",
            "/api/v1/contributions/quote, budget",
            "/api/v1/funding-pools, budget",
            "/api/v1/targets/36.03/2026, reporting",
            "/api/v1/reports/coverage/36.03/children?sort=coverage, reporting"})
    void eachPrefixReachesTheServiceThatOwnsIt(String uri, String service) {
        given().header("Authorization", Tokens.bearer("viewer"))
                .when().get(uri)
                .then().statusCode(200)
                .body("service", equalTo(service))
                .body("method", equalTo("GET"))
                .body("uri", equalTo(uri));
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/enrollment/quarantine, enrollment",
            "/api/v1/budget/quarantine?status=QUARANTINED, budget",
            "/api/v1/reporting/quarantine/0b9c3c8e-4f43-4a4e-9a57-1d1f1b0c2a11, reporting"})
    void eachQuarantineIsRoutedToItsServiceForAdminsOnly(String uri, String service) {
        given().header("Authorization", Tokens.bearer("admin"))
                .when().get(uri)
                .then().statusCode(200)
                .body("service", equalTo(service));
        given().header("Authorization", Tokens.bearer("viewer"))
                .when().get(uri)
                .then().statusCode(403);
    }

    @Test
    void theBackendGetsTheTokenAndForwardedHeaders() {
        String token = Tokens.bearer("viewer");
        JsonPath echoed = given().header("Authorization", token).header("X-Forwarded-For", "203.0.113.7")
                .when().get("/api/v1/reports/rankings?level=province")
                .then().statusCode(200)
                .extract().jsonPath();
        assertThat(echoed.getString("headers.authorization")).isEqualTo(token);
        assertThat(echoed.getString("headers.x-forwarded-for")).isEqualTo("203.0.113.7, 127.0.0.1");
        assertThat(echoed.getString("headers.x-forwarded-proto")).isEqualTo("http");
        assertThat(echoed.getString("headers.x-forwarded-host")).isEqualTo(gateway.getAuthority());
    }

    @Test
    void responsesHaveNoServerBannerAndAreNeitherSniffedNorStored() {
        given().header("Authorization", Tokens.bearer("viewer"))
                .when().get("/api/v1/reports/rankings")
                .then().statusCode(200)
                .header("Server", nullValue())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
    }

    @Test
    void anUnknownApiPathIsNotFound() {
        given().header("Authorization", Tokens.bearer("viewer"))
                .when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://lindung.id/problems/not-found"))
                .body("instance", equalTo("/api/v1/nothing-here"));
    }

    @Test
    void aPathThatIsNotNormalisedIsRefusedRatherThanRoutedByItsDisguise() {
        given().header("Authorization", Tokens.bearer("viewer")).urlEncodingEnabled(false)
                .when().post("/api/v1/reports/../budget-lines")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    /**
     * The batch arrives whole, and bytes of it reach the backend before the client sends its second half: the client
     * holds back until they do, so a gateway that buffered the body would never pass it on.
     */
    @Test
    void aFiftyMegabyteBatchIsStreamedThroughWhole() throws Exception {
        long size = 50L * 1000 * 1000;
        String path = "/api/v1/enrollment-events/" + UUID.randomUUID();
        StubBackend enrollment = StubBackends.get("enrollment");
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        Runnable halfway = () -> await().atMost(Duration.ofSeconds(30)).until(() -> enrollment.received(path) > 0);
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path))
                .header("Authorization", Tokens.bearer("bpjs"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new DigestInputStream(new NdjsonBatch(size, halfway), sent)), size))
                .build();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            JsonPath echoed = JsonPath.from(response.body());
            assertThat(echoed.getLong("bodyBytes")).isEqualTo(size);
            assertThat(echoed.getString("bodySha256")).isEqualTo(HexFormat.of().formatHex(sent.digest()));
        }
    }

    /** Enrollment records, one JSON object a line, generated as they are read; halfway through it runs a gate. */
    private static final class NdjsonBatch extends InputStream {

        private final long size;
        private final Runnable halfway;
        private long position;
        private byte[] line = new byte[0];
        private int inLine;
        private long record;

        NdjsonBatch(long size, Runnable halfway) {
            this.size = size;
            this.halfway = halfway;
        }

        @Override
        public int read() {
            if (position == size) {
                return -1;
            }
            if (position == size / 2) {
                halfway.run();
            }
            if (inLine == line.length) {
                line = ("{\"eventId\":\"e-" + record + "\",\"type\":\"ENROLLED\",\"region\":\"36.03.01\",\"kpj\":\""
                        + (10_000_000 + record++) + "\"}\n").getBytes();
                inLine = 0;
            }
            position++;
            return line[inLine++];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == size) {
                return -1;
            }
            int count = 0;
            while (count < length && position < size) {
                buffer[offset + count++] = (byte) read();
            }
            return count;
        }
    }
}
