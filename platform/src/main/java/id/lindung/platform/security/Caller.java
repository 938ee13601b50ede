package id.lindung.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import id.lindung.contracts.region.RegionCode;
import id.lindung.contracts.security.RegionScope;
import id.lindung.platform.problem.ProblemException;
import id.lindung.platform.regions.RegionDirectory;

/**
 * Who is calling, read from the verified JWT: roles from {@code groups}, the region scope from {@code region}. The
 * scope is decided by {@link RegionScope}, the rule the gateway applies too; a token it refuses gets 403 on every call
 * ({@link RegionClaimFilter}), so no endpoint can forget to check. The rules: docs/architecture.md.
 */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken token;

    @Inject
    RegionDirectory directory;

    private RegionScope.Decision decision;

    public String subject() {
        return token.getSubject();
    }

    public boolean hasRole(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }

    /** The scope decision for this token, made once per request. */
    public RegionScope.Decision decision() {
        if (decision == null) {
            decision = decide(token, directory);
        }
        return decision;
    }

    /** The scope of a verified token, against the region list. */
    static RegionScope.Decision decide(JsonWebToken token, RegionDirectory directory) {
        return RegionScope.decide(token.getGroups(), token.getClaim(RegionScope.CLAIM), directory::exists);
    }

    public boolean mayAccess(RegionCode region) {
        return decision() instanceof RegionScope.Granted granted && region.isWithin(granted.region());
    }

    /** 403 unless the region lies within the caller's scope. */
    public void requireAccess(RegionCode region) {
        if (!region.isWithin(requireScope())) {
            throw ProblemException.forbidden("region " + region + " is outside the token's scope (" + requireScope()
                    + ")");
        }
    }

    /** The caller's scope (the nation for national tokens), or 403 when the token's claim is refused. */
    public RegionCode requireScope() {
        return switch (decision()) {
            case RegionScope.Granted granted -> granted.region();
            case RegionScope.Refused refused -> throw ProblemException.forbidden(refused.reason());
        };
    }
}
