package id.lindung.gateway.proxy;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;

import id.lindung.gateway.config.GatewayConfig;

/**
 * The configured routes, checked once at start-up so that a typo in the table stops the gateway instead of turning
 * into 404s or 502s later. Longest prefix wins.
 */
@Startup
@Singleton
public class RouteTable {

    private final List<ApiRoute> routes;

    RouteTable(GatewayConfig config) {
        this.routes = config.routes().entrySet().stream()
                .map(entry -> resolve(entry.getKey(), entry.getValue(), config.backends()))
                .sorted(Comparator.comparingInt((ApiRoute route) -> route.prefix().length()).reversed())
                .toList();
    }

    public Optional<ApiRoute> match(String path) {
        return routes.stream().filter(route -> route.matches(path)).findFirst();
    }

    public List<ApiRoute> routes() {
        return routes;
    }

    private static ApiRoute resolve(String name, GatewayConfig.Route route, Map<String, URI> backends) {
        URI backendUri = backends.get(route.backend());
        if (backendUri == null) {
            throw new IllegalStateException("lindung.gateway.routes." + name + ".backend is '" + route.backend()
                    + "' but lindung.gateway.backends has only " + backends.keySet());
        }
        if (!route.prefix().startsWith("/") || route.prefix().endsWith("/")) {
            throw new IllegalStateException("lindung.gateway.routes." + name + ".prefix must start with '/' and not end"
                    + " with it: " + route.prefix());
        }
        Map<String, Set<String>> roles = route.roles().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(entry -> entry.getKey().toUpperCase(Locale.ROOT),
                        entry -> Set.copyOf(entry.getValue())));
        return new ApiRoute(name, route.prefix(), route.backend(), backendUri, route, roles);
    }
}
