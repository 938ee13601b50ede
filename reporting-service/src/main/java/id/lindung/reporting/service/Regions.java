package id.lindung.reporting.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.lindung.contracts.region.RegionCode;
import id.lindung.platform.problem.ProblemException;
import id.lindung.platform.regions.RegionDirectory;
import id.lindung.platform.security.Caller;

/** Reading a region path parameter: its form (400), the caller's scope (403) and its existence (404). */
@ApplicationScoped
public class Regions {

    @Inject
    RegionDirectory directory;

    @Inject
    Caller caller;

    /** The region a caller asked for, checked against the form and the caller's scope. */
    public RegionCode requireAccessible(String text) {
        RegionCode region = RegionCode.parse(text).orElseThrow(() -> ProblemException.invalid("region",
                "is not a Kemendagri region code (e.g. 36, 36.03, 36.03.01, 36.03.01.2001) or ID"));
        caller.requireAccess(region);
        return region;
    }

    /** 404 unless the Kemendagri list knows the region. */
    public void requireKnown(RegionCode region) {
        if (!directory.exists(region)) {
            throw ProblemException.notFound("region " + region);
        }
    }

    public Optional<String> name(RegionCode region) {
        return directory.name(region);
    }

    public RegionDirectory directory() {
        return directory;
    }
}
