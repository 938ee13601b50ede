package id.lindung.platform.security;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import id.lindung.contracts.region.RegionCode;
import id.lindung.platform.problem.ProblemException;

/**
 * Who is calling, read from the verified JWT: roles from {@code groups}, the region scope from {@code region}.
 * <p>
 * Scope rules (docs/architecture.md): a token with a {@code region} claim acts on that region and below only. A
 * token without one has national scope only when its role is national by nature ({@code admin}, {@code bpjs},
 * {@code viewer}); a {@code finance} or {@code planner} token must name its government.
 */
@RequestScoped
public class Caller {

    private static final Set<String> NATIONAL_ROLES = Set.of(Roles.ADMIN, Roles.BPJS, Roles.VIEWER);

    @Inject
    JsonWebToken token;

    public String subject() {
        return token.getSubject();
    }

    public boolean hasRole(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }

    /** The region claim, when the token has one. */
    public Optional<RegionCode> regionClaim() {
        Object claim = token.getClaim("region");
        return claim == null ? Optional.empty() : RegionCode.parse(claim.toString().replace("\"", ""));
    }

    /**
     * The region the caller may see: its claim, the nation for national roles, or empty when the token has no usable
     * scope.
     */
    public Optional<RegionCode> scope() {
        if (hasRole(Roles.ADMIN)) {
            return Optional.of(RegionCode.NATION);
        }
        Optional<RegionCode> claim = regionClaim();
        if (claim.isPresent()) {
            return claim;
        }
        boolean national = token.getGroups() != null && token.getGroups().stream().anyMatch(NATIONAL_ROLES::contains);
        return national ? Optional.of(RegionCode.NATION) : Optional.empty();
    }

    public boolean mayAccess(RegionCode region) {
        return scope().map(region::isWithin).orElse(false);
    }

    /** 403 unless the region lies within the caller's scope. */
    public void requireAccess(RegionCode region) {
        if (!mayAccess(region)) {
            throw ProblemException.forbidden("region " + region + " is outside the token's scope ("
                    + scope().map(RegionCode::value).orElse("none") + ")");
        }
    }

    /** The caller's scope, or 403 when the token has none. */
    public RegionCode requireScope() {
        return scope().orElseThrow(() -> ProblemException.forbidden("the token has no region scope"));
    }
}
