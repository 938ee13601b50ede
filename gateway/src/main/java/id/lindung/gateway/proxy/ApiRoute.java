package id.lindung.gateway.proxy;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.lindung.gateway.config.GatewayConfig;

/**
 * One resolved entry of the route table: a path prefix, the backend that owns it, and the limits and role rules that
 * apply before a request is passed on.
 *
 * @param roles roles allowed per upper-case HTTP method
 */
public record ApiRoute(String name, String prefix, String backend, URI backendUri, GatewayConfig.Route limits,
        Map<String, Set<String>> roles) {

    /** The prefix itself and everything below it, never a sibling that merely starts with the same letters. */
    public boolean matches(String path) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }

    /** The roles that may use {@code method} here; empty when the method is not offered on this route. */
    public Optional<Set<String>> rolesFor(String method) {
        Set<String> allowed = roles.get(method);
        if (allowed == null && method.equals("HEAD")) {
            allowed = roles.get("GET");
        }
        return Optional.ofNullable(allowed);
    }
}
