package id.lindung.gateway.security;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import id.lindung.gateway.rest.Problem;
import id.lindung.gateway.rest.Problems;

/**
 * A bearer token that SmallRye JWT rejects (malformed, expired, wrong issuer, audience or signature) fails the request
 * before any route runs; Quarkus has already set 401 and {@code WWW-Authenticate}, and this gives it the problem body.
 * The reason is logged, not returned: it would tell an attacker which check to work on.
 */
@Singleton
public class AuthenticationFailures {

    private static final Logger LOG = Logger.getLogger(AuthenticationFailures.class);

    private final Problems problems;

    AuthenticationFailures(Problems problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().failureHandler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        if (!(ctx.failure() instanceof AuthenticationFailedException failure) || ctx.response().ended()) {
            ctx.next();
            return;
        }
        LOG.debugf(failure, "Bearer token rejected for %s %s", ctx.request().method(), ctx.request().path());
        problems.send(ctx, Problem.Kind.UNAUTHENTICATED,
                "the bearer token is not valid: malformed, expired, badly signed or not issued for Lindung");
    }
}
