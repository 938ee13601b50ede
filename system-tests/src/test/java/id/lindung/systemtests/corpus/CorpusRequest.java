package id.lindung.systemtests.corpus;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request of the corpus, kept raw: path and query values are written as they go on the wire (already
 * percent-encoded, so that {@code %2F} stays an encoded slash) and the body is bytes (so that it can hold invalid UTF-8).
 *
 * @param pathValues raw (encoded) value of each path parameter
 * @param query raw (encoded) query parameters, in order
 * @param headers header values; {@link #FRESH} and {@link #CURRENT_ETAG} are filled in when the request is sent
 */
public record CorpusRequest(String method, String pathTemplate, Map<String, String> pathValues,
        Map<String, String> query, Map<String, String> headers, String contentType, byte[] body) {

    /** A header value replaced by a new UUID at every send (idempotency keys). */
    public static final String FRESH = "<fresh>";
    /** A header value replaced by the resource's current ETag at every send (If-Match). */
    public static final String CURRENT_ETAG = "<current-etag>";

    public CorpusRequest {
        pathValues = Map.copyOf(pathValues);
        query = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** The path and query as sent, e.g. {@code /api/v1/reports/coverage/36/trend?to=2025-12}. */
    public String target() {
        String path = pathTemplate;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        List<String> pairs = new ArrayList<>();
        query.forEach((name, value) -> pairs.add(encode(name) + "=" + value));
        return pairs.isEmpty() ? path : path + "?" + String.join("&", pairs);
    }

    /** The path with the parameters' values but without the query: where to GET the current ETag. */
    public String resourcePath() {
        String target = target();
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    public CorpusRequest withPathValue(String name, String raw) {
        Map<String, String> changed = new LinkedHashMap<>(pathValues);
        changed.put(name, raw);
        return new CorpusRequest(method, pathTemplate, changed, query, headers, contentType, body);
    }

    public CorpusRequest withQuery(String name, String raw) {
        Map<String, String> changed = new LinkedHashMap<>(query);
        changed.put(name, raw);
        return new CorpusRequest(method, pathTemplate, pathValues, changed, headers, contentType, body);
    }

    public CorpusRequest withHeader(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        changed.put(name, value);
        return new CorpusRequest(method, pathTemplate, pathValues, query, changed, contentType, body);
    }

    public CorpusRequest withBody(byte[] changed) {
        return new CorpusRequest(method, pathTemplate, pathValues, query, headers, contentType, changed);
    }

    /** A value for a path or query string, percent-encoded as a client library would. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
