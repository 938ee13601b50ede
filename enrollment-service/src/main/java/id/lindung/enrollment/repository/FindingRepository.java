package id.lindung.enrollment.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import id.lindung.contracts.region.RegionCode;
import id.lindung.platform.repository.Where;

@ApplicationScoped
public class FindingRepository implements PanacheRepositoryBase<Finding, UUID> {

    /** Findings whose participant lives in the region or whose payers include a government of it. */
    public PanacheQuery<Finding> within(RegionCode region, int page, int size) {
        Sort order = Sort.by("detectedAt", Sort.Direction.Descending).and("id");
        Where where = new Where().withinAny(region, "domicileRegion", "firstPayerRegion", "secondPayerRegion");
        return find(where.jpql(), order, where.params())
                .page(Page.of(page, size));
    }
}
