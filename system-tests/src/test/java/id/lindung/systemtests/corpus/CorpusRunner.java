package id.lindung.systemtests.corpus;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** Sends corpus requests to the gateway exactly as built, with a bearer token. */
public final class CorpusRunner {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public CorpusRunner(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Answer send(CorpusRequest request, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.target())).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            builder.header(header.getKey(), switch (header.getValue()) {
                case CorpusRequest.FRESH -> UUID.randomUUID().toString();
                case CorpusRequest.CURRENT_ETAG -> currentETag(request.resourcePath(), token);
                default -> header.getValue();
            });
        }
        if (request.body() != null) {
            builder.header("Content-Type", request.contentType());
            builder.method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        } else {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = exchange(builder.build());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Location").orElse(null), response.body());
    }

    /** The ETag a GET of the resource answers now; a made-up one when it has none (the answer will say so). */
    private String currentETag(String path, String token) {
        HttpRequest get = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).GET().build();
        return exchange(get).headers().firstValue("ETag").orElse("\"0\"");
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
