package id.lindung.gateway.proxy;

import java.net.ConnectException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

import id.lindung.gateway.rest.Problem;
import id.lindung.gateway.rest.Problems;

/**
 * The call to the backend itself, always the last interceptor: it runs inside the backend's circuit breaker, tries
 * idempotent requests again when that is safe, enforces the body limit on chunked uploads, and turns every failure into
 * a problem answer (503 down, 504 silent too long, 502 broken) instead of the proxy's bare 502.
 */
final class BackendCall implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(BackendCall.class);

    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE);

    private final ApiRoute route;
    private final CircuitBreaker breaker;
    private final int retries;
    private final long openForSeconds;
    private final Problems problems;

    BackendCall(ApiRoute route, CircuitBreaker breaker, int retries, long openForSeconds, Problems problems) {
        this.route = route;
        this.breaker = breaker;
        this.retries = retries;
        this.openForSeconds = openForSeconds;
        this.problems = problems;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext ctx) {
        ProxyRequest request = ctx.request();
        boolean hasBody = hasBody(request.proxiedRequest());
        if (!hasBody) {
            // no body to pipe, so the same request can be sent again on a fresh connection
            request.setBody(null);
            request.proxiedRequest().resume();
        }
        LimitedBody chunked = hasBody && request.getBody().length() < 0 ? limit(request) : null;
        return breaker.<ProxyResponse>execute(promise -> attempt(ctx, retries, hasBody)
                // an oversized upload is the client's fault: answer it without counting it against the backend
                .recover(failure -> chunked != null && chunked.exceeded()
                        ? Future.succeededFuture(tooLarge(ctx))
                        : Future.failedFuture(failure))
                .onComplete(promise))
                .recover(failure -> Future.succeededFuture(failed(ctx, failure)));
    }

    /** Counts a body of unknown length as it streams, since only a declared length can be checked up front. */
    private LimitedBody limit(ProxyRequest request) {
        LimitedBody limited = new LimitedBody(request.getBody().stream(), route.limits().maxBodySize().asLongValue());
        request.setBody(Body.body(limited));
        return limited;
    }

    private Future<ProxyResponse> attempt(ProxyContext ctx, int retriesLeft, boolean hasBody) {
        return ctx.sendRequest().recover(failure -> {
            if (retriesLeft > 0 && retryable(ctx.request().getMethod(), hasBody, failure)) {
                LOG.debugf("Trying %s again after: %s", route.backend(), failure);
                return attempt(ctx, retriesLeft - 1, hasBody);
            }
            return Future.failedFuture(failure);
        });
    }

    /**
     * Only idempotent methods, never after a timeout (that would double the wait), and with a body only when the
     * connection was refused, because then not one byte of the body has been read.
     */
    static boolean retryable(HttpMethod method, boolean hasBody, Throwable failure) {
        if (!IDEMPOTENT.contains(method) || failure instanceof TimeoutException) {
            return false;
        }
        return failure instanceof ConnectException || !hasBody;
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !length.equals("0")) || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private ProxyResponse tooLarge(ProxyContext ctx) {
        return problem(ctx, Problem.Kind.PAYLOAD_TOO_LARGE,
                "the request body is larger than " + route.limits().maxBodySize().asLongValue() + " bytes")
                .putHeader(HttpHeaders.CONNECTION, "close");
    }

    private ProxyResponse failed(ProxyContext ctx, Throwable failure) {
        String backend = route.backend();
        if (failure instanceof OpenCircuitException) {
            return problem(ctx, Problem.Kind.BACKEND_UNAVAILABLE, backend + " is failing; calls to it are paused")
                    .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(openForSeconds));
        }
        // a client that hung up resets its backend call too: that is no fault of the backend
        Logger.Level level = ctx.request().proxiedRequest().response().closed() ? Logger.Level.DEBUG : Logger.Level.WARN;
        LOG.logf(level, "%s %s to %s failed: %s", ctx.request().getMethod(), ctx.request().getURI(), backend, failure);
        if (failure instanceof TimeoutException) {
            return problem(ctx, Problem.Kind.BACKEND_TIMEOUT,
                    backend + " did not answer within " + route.limits().timeout().toMillis() + " ms");
        }
        if (failure instanceof ConnectException) {
            return problem(ctx, Problem.Kind.BACKEND_UNAVAILABLE, backend + " is not reachable");
        }
        return problem(ctx, Problem.Kind.BAD_GATEWAY, backend + " broke off the exchange");
    }

    private ProxyResponse problem(ProxyContext ctx, Problem.Kind kind, String detail) {
        HttpServerRequest incoming = ctx.request().proxiedRequest();
        return ctx.request().release().response()
                .setStatusCode(kind.status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(problems.body(kind, detail, incoming)));
    }
}
