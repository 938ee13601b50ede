package id.lindung.gateway.proxy;

import io.opentelemetry.api.trace.Span;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Tells the backend who really called and how: the client address is appended to {@code X-Forwarded-For}, and
 * {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} name the scheme and host the client used, which the services
 * need for absolute links ({@code Location} after a create). {@code Expect: 100-continue} stays between the client and
 * the gateway, which answers it itself. While the gateway traces, the caller's {@code traceparent} and
 * {@code tracestate} give way to the ones the HTTP client writes for the gateway's own span of the call (the client adds
 * its headers to the copied ones, and a backend reads the first); untraced, they pass through unchanged.
 */
final class OutgoingHeaders implements ProxyInterceptor {

    private static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext ctx) {
        ProxyRequest request = ctx.request();
        HttpServerRequest incoming = request.proxiedRequest();
        request.headers().remove(HttpHeaders.EXPECT);
        if (Span.current().getSpanContext().isValid()) {
            request.headers().remove(TRACEPARENT).remove(TRACESTATE);
        }
        SocketAddress client = incoming.remoteAddress();
        if (client != null) {
            String earlier = request.headers().get("X-Forwarded-For");
            String address = client.hostAddress();
            request.putHeader("X-Forwarded-For", earlier == null ? address : earlier + ", " + address);
        }
        request.putHeader("X-Forwarded-Proto", incoming.scheme());
        HostAndPort authority = incoming.authority();
        if (authority != null) {
            request.putHeader("X-Forwarded-Host", authority.toString());
        }
        return ctx.sendRequest();
    }
}
