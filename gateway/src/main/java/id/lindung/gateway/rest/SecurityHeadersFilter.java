package id.lindung.gateway.rest;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway has the last word on response headers, whoever wrote the response (a backend, the security layer, CORS):
 * no {@code Server} banner, {@code nosniff} everywhere, and {@code no-store} on API answers because they carry
 * personal and budget data that no shared cache may keep.
 */
@Singleton
public class SecurityHeadersFilter {

    void register(@Observes Filters filters) {
        filters.register(this::handle, RequestIdFilter.PRIORITY);
    }

    private void handle(RoutingContext ctx) {
        boolean api = ctx.normalizedPath().startsWith("/api/");
        ctx.addHeadersEndHandler(ignored -> {
            MultiMap headers = ctx.response().headers();
            headers.remove(HttpHeaders.SERVER);
            headers.set("X-Content-Type-Options", "nosniff");
            if (api) {
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        });
        ctx.next();
    }
}
