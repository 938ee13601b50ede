package id.lindung.gateway.proxy;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.core.Vertx;
import io.vertx.httpproxy.HttpProxy;

import id.lindung.gateway.client.BackendClient;
import id.lindung.gateway.config.GatewayConfig;
import id.lindung.gateway.rest.Problems;

/**
 * One Vert.x reverse proxy per route (its timeout and body limit differ) and one circuit breaker per backend (a backend
 * that is down is down for all of its routes).
 */
@Singleton
public class BackendProxies {

    private static final Logger LOG = Logger.getLogger(BackendProxies.class);

    private final Map<String, CircuitBreaker> breakers;
    private final Map<String, HttpProxy> proxies;

    BackendProxies(Vertx vertx, GatewayConfig config, RouteTable routes, BackendClient client, Problems problems) {
        GatewayConfig.CircuitBreaker breaker = config.circuitBreaker();
        CircuitBreakerOptions options = new CircuitBreakerOptions()
                .setMaxFailures(breaker.failureThreshold())
                .setFailuresRollingWindow(breaker.failureWindow().toMillis())
                .setResetTimeout(breaker.openFor().toMillis())
                // the per-route idle timeout of the HTTP client bounds each call; the breaker only counts
                .setTimeout(-1)
                .setNotificationAddress(null);
        this.breakers = config.backends().keySet().stream()
                .collect(Collectors.toUnmodifiableMap(Function.identity(),
                        name -> CircuitBreaker.create("backend-" + name, vertx, options)));
        this.proxies = routes.routes().stream().collect(Collectors.toUnmodifiableMap(ApiRoute::name,
                route -> proxy(route, client, config, problems)));
    }

    public HttpProxy forRoute(ApiRoute route) {
        return proxies.get(route.name());
    }

    private HttpProxy proxy(ApiRoute route, BackendClient client, GatewayConfig config, Problems problems) {
        long openForSeconds = Math.max(1, config.circuitBreaker().openFor().toSeconds());
        return HttpProxy.reverseProxy(client.http())
                .origin(ctx -> ctx.client().request(client.options(route.backendUri(), route.limits().timeout()))
                        // failures reach BackendCall through the response; unhandled, Vert.x logs each as an error
                        .map(request -> request.exceptionHandler(failure -> LOG.debugf("%s: %s", route.backend(), failure))))
                .addInterceptor(new OutgoingHeaders())
                .addInterceptor(new BackendCall(route, breakers.get(route.backend()), config.retries(), openForSeconds,
                        problems));
    }

    @PreDestroy
    void close() {
        breakers.values().forEach(CircuitBreaker::close);
    }
}
