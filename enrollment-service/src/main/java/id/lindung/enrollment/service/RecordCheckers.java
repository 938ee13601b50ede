package id.lindung.enrollment.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import id.lindung.enrollment.domain.RecordChecker;
import id.lindung.platform.regions.RegionDirectory;

/** The record checker of both doors, backed by the Kemendagri list and its retired districts. */
public class RecordCheckers {

    @Produces
    @ApplicationScoped
    RecordChecker recordChecker(RegionDirectory regions) {
        return new RecordChecker(regions::exists, regions::isNikDistrict, Clock.systemDefaultZone());
    }
}
