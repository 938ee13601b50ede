package id.lindung.gateway.rest;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Every request carries an id: the client's {@code X-Request-Id} when it sent a safe one, a new one otherwise. The id
 * goes back to the client, on to the backend (the services log and echo the same id), and into the logging context, so
 * every log line of the exchange prints it.
 */
@Singleton
public class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** Above CORS (300) and authentication (200): their answers carry the id too. */
    static final int PRIORITY = 400;

    /** Ids are echoed into headers and logs, so only this shape is taken from outside (the services use the same). */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext ctx) {
        String given = ctx.request().getHeader(HEADER);
        String id = given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        // the proxy passes the incoming headers on, so setting it here is what sends it to the backend
        ctx.request().headers().set(HEADER, id);
        // set at the very end, replacing the copy the backend echoes, so the client sees it exactly once
        ctx.addHeadersEndHandler(ignored -> ctx.response().headers().set(HEADER, id));
        MDC.put(MDC_KEY, id);
        ctx.next();
    }
}
