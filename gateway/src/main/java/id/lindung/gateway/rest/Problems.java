package id.lindung.gateway.rest;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/** Renders {@link Problem}s for the request being answered, whether the gateway ends it itself or through the proxy. */
@Singleton
public class Problems {

    private final ObjectMapper json;

    Problems(ObjectMapper json) {
        this.json = json;
    }

    /** The JSON body of a problem about {@code request}. */
    public Buffer body(Problem.Kind kind, String detail, HttpServerRequest request) {
        Problem problem = kind.with(detail, request.path(), request.getHeader(RequestIdFilter.HEADER));
        try {
            return Buffer.buffer(json.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem record cannot fail to serialise", e);
        }
    }

    /** Ends the exchange with a problem; headers already set on the response (Retry-After, Allow...) are kept. */
    public void send(RoutingContext ctx, Problem.Kind kind, String detail) {
        Buffer body = body(kind, detail, ctx.request());
        ctx.response()
                .setStatusCode(kind.status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
