package id.lindung.systemtests.corpus;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The valid request of an operation, built from the document alone: documented examples first, ids the corpus
 * created for path parameters, values made from the schema otherwise. Optional parameters stay out.
 */
final class Baselines {

    private final Samples samples;

    private final BodyMutations bodies;

    Baselines(ApiDoc doc, BodyMutations bodies) {
        this.samples = new Samples(doc);
        this.bodies = bodies;
    }

    CorpusRequest of(ApiOperation operation, Fixtures fixtures) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (ApiOperation.Parameter parameter : operation.parameters()) {
            switch (parameter.in()) {
                case PATH -> pathValues.put(parameter.name(), CorpusRequest.encode(fixtures
                        .idFor(operation.path(), parameter.name()).orElseGet(() -> valueOf(parameter))));
                case QUERY -> {
                    if (parameter.required()) {
                        query.put(parameter.name(), CorpusRequest.encode(valueOf(parameter)));
                    }
                }
                case HEADER -> {
                    if (parameter.required()) {
                        headers.put(parameter.name(), headerValue(parameter));
                    }
                }
            }
        }
        String contentType = operation.body().map(ApiOperation.Body::mediaType).orElse(null);
        byte[] body = operation.body().map(this::bodyOf).orElse(null);
        return new CorpusRequest(operation.method(), operation.path(), pathValues, query, headers, contentType, body);
    }

    JsonNode bodyNode(ApiOperation.Body body) {
        return body.example() != null ? body.example() : samples.of(body.schema());
    }

    private byte[] bodyOf(ApiOperation.Body body) {
        return bodies.fresh(body.schema(), bodyNode(body));
    }

    private static String valueOf(ApiOperation.Parameter parameter) {
        return parameter.example() != null ? parameter.example() : Samples.text(parameter.schema());
    }

    /** Idempotency keys are new at every send, If-Match names the current version; others take their example. */
    private static String headerValue(ApiOperation.Parameter parameter) {
        String name = parameter.name().toLowerCase(Locale.ROOT);
        if (name.contains("idempotency")) {
            return CorpusRequest.FRESH;
        }
        if (name.equals("if-match")) {
            return CorpusRequest.CURRENT_ETAG;
        }
        return valueOf(parameter);
    }
}
