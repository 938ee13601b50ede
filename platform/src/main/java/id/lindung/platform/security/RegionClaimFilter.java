package id.lindung.platform.security;

import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

import id.lindung.contracts.security.RegionScope;
import id.lindung.platform.problem.ProblemException;
import id.lindung.platform.regions.RegionDirectory;

/**
 * Fails closed before any resource runs: a verified token whose region claim {@link RegionScope} refuses gets 403 on
 * every endpoint, also on those that never look at the scope (a quote, a BPJS batch). Anonymous calls pass on to the
 * role checks, which answer 401.
 */
public class RegionClaimFilter {

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    RegionDirectory directory;

    @ServerRequestFilter
    public Uni<Void> refuseUnscopedTokens() {
        return identities.getDeferredIdentity().invoke(identity -> {
            if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token
                    && Caller.decide(token, directory) instanceof RegionScope.Refused refused) {
                throw ProblemException.forbidden(refused.reason());
            }
        }).replaceWithVoid();
    }
}
