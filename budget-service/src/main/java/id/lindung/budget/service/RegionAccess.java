package id.lindung.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.lindung.budget.config.BudgetConfig;
import id.lindung.contracts.budget.BudgetKind;
import id.lindung.contracts.region.RegionCode;
import id.lindung.contracts.region.RegionLevel;
import id.lindung.contracts.security.Roles;
import id.lindung.platform.problem.ProblemException;
import id.lindung.platform.security.Caller;

/**
 * Who may write which budget lines. Reading follows the platform's scope rule (a token's region and everything below
 * it); writing is narrower, because a budget belongs to one government:
 * <ul>
 * <li>{@code admin} may write any line;</li>
 * <li>a {@code finance} token writes the lines of the government it names: a province token its province's APBD, a
 * regency/city token its own APBD, a village token its village's APBDes;</li>
 * <li>a regency/city {@code finance} token may also write the APBDes lines of the villages in its area
 * ({@code lindung.budget.scope.regency-acts-for-villages}, on by default): village finance data reaches the region
 * through the regency's Siskeudes consolidation;</li>
 * <li>never a province for its regencies or villages, never anyone for another region.</li>
 * </ul>
 */
@ApplicationScoped
public class RegionAccess {

    @Inject
    Caller caller;

    @Inject
    BudgetConfig config;

    /** 403 unless the caller may create, revise or pay from lines of this government and budget kind. */
    public void requireWrite(RegionCode owner, BudgetKind kind) {
        if (caller.hasRole(Roles.ADMIN)) {
            return;
        }
        // a finance token always names its government (RegionScope), so its scope is that government
        RegionCode claim = caller.requireScope();
        if (claim.equals(owner)) {
            return;
        }
        boolean regencyForVillage = kind == BudgetKind.APBDES && config.scope().regencyActsForVillages()
                && claim.level() == RegionLevel.REGENCY && owner.isWithin(claim);
        if (!regencyForVillage) {
            throw ProblemException.forbidden("a finance token for " + claim + " may not write the budget of " + owner
                    + ": a budget is written by its own government"
                    + (config.scope().regencyActsForVillages() ? " (or, for APBDes, by its regency/city)" : ""));
        }
    }

    /**
     * Whether a record of this region is visible to the caller. A record that is not answers 404, exactly as one that
     * does not exist, so that nobody learns which ids exist elsewhere.
     */
    public boolean mayRead(RegionCode region) {
        return caller.mayAccess(region);
    }

    /** 403 unless the region lies within the caller's read scope. */
    public void requireRead(RegionCode region) {
        caller.requireAccess(region);
    }

    /** The caller's read scope, or 403 when the token has none. */
    public RegionCode readScope() {
        return caller.requireScope();
    }

    public String subject() {
        String subject = caller.subject();
        return subject == null ? "unknown" : subject;
    }
}
