package id.lindung.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What {@code ./lindung stop PART}, {@code start PART} and {@code status} send to a running launcher. */
class ControlServerTest {

    private final RecordingParts parts = new RecordingParts();
    private final ControlServer control = ControlServer.start(parts);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        control.close();
    }

    @Test
    void stopAndStartReachTheSuiteAndStatusListsEachPartsState() throws Exception {
        assertThat(send("POST", "/parts/kafka/stop", control.token()).statusCode()).isEqualTo(200);
        assertThat(parts.calls).containsExactly("stop kafka");

        HttpResponse<String> status = send("GET", "/parts", control.token());
        assertThat(status.body().lines()).contains("kafka stopped", "postgres running");

        assertThat(send("POST", "/parts/kafka/start", control.token()).body()).isEqualTo("kafka started");
        assertThat(parts.calls).containsExactly("stop kafka", "start kafka");
    }

    @Test
    void aRequestWithoutTheTokenIsRefusedAndChangesNothing() throws Exception {
        assertThat(send("POST", "/parts/kafka/stop", "guess").statusCode()).isEqualTo(403);
        assertThat(send("POST", "/parts/kafka/stop", null).statusCode()).isEqualTo(403);
        assertThat(parts.calls).isEmpty();
    }

    @Test
    void anUnknownPartIsNotFound() throws Exception {
        HttpResponse<String> answer = send("POST", "/parts/redis/stop", control.token());
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("Unknown part 'redis'");
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + control.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header(ControlServer.TOKEN_HEADER, token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Records what it is asked to do; {@code kafka} and {@code postgres} only. */
    private static final class RecordingParts implements SuiteParts {
        final List<String> calls = new CopyOnWriteArrayList<>();
        final Map<String, PartState> states = new ConcurrentHashMap<>(Map.of("kafka", PartState.RUNNING, "postgres",
                PartState.RUNNING));

        @Override
        public List<String> partIds() {
            return List.of("kafka", "postgres");
        }

        @Override
        public PartState state(String partId) {
            return states.get(partId);
        }

        @Override
        public void stop(String partId) {
            known(partId);
            calls.add("stop " + partId);
            states.put(partId, PartState.STOPPED);
        }

        @Override
        public void start(String partId) {
            known(partId);
            calls.add("start " + partId);
            states.put(partId, PartState.RUNNING);
        }

        private void known(String partId) {
            if (!states.containsKey(partId)) {
                throw new IllegalArgumentException("Unknown part '" + partId + "'");
            }
        }
    }
}
