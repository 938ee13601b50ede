package id.lindung.gateway.proxy;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import id.lindung.contracts.region.Provinces;
import id.lindung.contracts.security.RegionScope;
import id.lindung.gateway.rest.Problem;
import id.lindung.gateway.rest.Problems;
import id.lindung.gateway.security.RateLimiter;

/**
 * The door of {@code /api/}: a request passes on to its backend only with a valid token (SmallRye JWT has verified it
 * by now), on a configured route and method, in one of the roles the route allows for that method, within the caller's
 * rate limit and the route's body limit, and with a region claim that {@link RegionScope} accepts. Each refusal is a
 * problem answer; the services then check roles and region scope again in detail.
 */
@Singleton
public class ApiRouter {

    private final RouteTable routes;
    private final BackendProxies proxies;
    private final RateLimiter rateLimiter;
    private final Problems problems;

    ApiRouter(RouteTable routes, BackendProxies proxies, RateLimiter rateLimiter, Problems problems) {
        this.routes = routes;
        this.proxies = proxies;
        this.rateLimiter = rateLimiter;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route("/api/*").handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String path = request.path();
        if (!path.equals(ctx.normalizedPath())) {
            // the route and its role rules are chosen by path, so the backend must see the very path that was checked
            problems.send(ctx, Problem.Kind.BAD_REQUEST, "the path must be normalised: no '.', '..', '//' or needless escapes");
            return;
        }
        Optional<SecurityIdentity> caller = caller(ctx);
        if (caller.isEmpty()) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            problems.send(ctx, Problem.Kind.UNAUTHENTICATED, "a bearer token is required");
            return;
        }
        Optional<ApiRoute> match = routes.match(path);
        if (match.isEmpty()) {
            problems.send(ctx, Problem.Kind.NOT_FOUND, "no API route for " + path);
            return;
        }
        ApiRoute route = match.get();
        String method = request.method().name();
        Optional<Set<String>> allowed = route.rolesFor(method);
        if (allowed.isEmpty()) {
            ctx.response().putHeader(HttpHeaders.ALLOW, String.join(", ", new TreeSet<>(route.roles().keySet())));
            problems.send(ctx, Problem.Kind.METHOD_NOT_ALLOWED, method + " is not offered on " + route.prefix());
            return;
        }
        if (Collections.disjoint(allowed.get(), caller.get().getRoles())) {
            problems.send(ctx, Problem.Kind.FORBIDDEN,
                    method + " " + route.prefix() + " needs one of the roles " + new TreeSet<>(allowed.get()));
            return;
        }
        if (RegionScope.decide(caller.get().getRoles(), regionClaim(caller.get()),
                Provinces::encloses) instanceof RegionScope.Refused refused) {
            // the services apply the same rule against the full region list; refusing here keeps the odd token out
            problems.send(ctx, Problem.Kind.FORBIDDEN, refused.reason());
            return;
        }
        RateLimiter.Decision decision = rateLimiter.take(route, subject(caller.get()));
        ctx.response()
                .putHeader("RateLimit-Limit", Long.toString(decision.limit()))
                .putHeader("RateLimit-Remaining", Long.toString(decision.remaining()));
        if (!decision.allowed()) {
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
            problems.send(ctx, Problem.Kind.RATE_LIMITED, "more than " + decision.limit() + " requests per "
                    + route.limits().rateLimit().period() + " on " + route.prefix());
            return;
        }
        long maxBody = route.limits().maxBodySize().asLongValue();
        if (declaredLength(request) > maxBody) {
            // the body is never read, so the connection cannot be reused
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            problems.send(ctx, Problem.Kind.PAYLOAD_TOO_LARGE,
                    "the request body is larger than " + maxBody + " bytes");
            return;
        }
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            // the client holds its (possibly 50 MB) body back until here, where it will not be refused any more
            ctx.response().writeContinue();
        }
        proxies.forRoute(route).handle(request);
    }

    private static Optional<SecurityIdentity> caller(RoutingContext ctx) {
        return ctx.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()
                ? Optional.of(user.getSecurityIdentity())
                : Optional.empty();
    }

    private static Object regionClaim(SecurityIdentity caller) {
        return caller.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(RegionScope.CLAIM) : null;
    }

    /** Rate limits follow the token's subject; a token without one is limited by its principal name. */
    private static String subject(SecurityIdentity caller) {
        return caller.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getSubject()
                : caller.getPrincipal().getName();
    }

    /** The Content-Length, already checked to be a number by the HTTP decoder; -1 for a chunked or empty body. */
    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length == null ? -1 : Long.parseLong(length);
    }
}
