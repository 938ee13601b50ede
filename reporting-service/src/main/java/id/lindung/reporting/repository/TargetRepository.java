package id.lindung.reporting.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import id.lindung.contracts.region.RegionCode;
import id.lindung.reporting.domain.TargetPosting;

@ApplicationScoped
public class TargetRepository implements PanacheRepository<TargetPosting> {

    public Optional<TargetPosting> find(RegionCode region, int year) {
        return find("region = ?1 and year = ?2", region.value(), year).firstResultOptional();
    }

    /** Serialises postings of one year: the potential roll-up of a lineage is recomputed by one writer at a time. */
    public void lockYear(int year) {
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, 0x54617267)
                .setParameter(2, year)
                .getSingleResult();
    }
}
