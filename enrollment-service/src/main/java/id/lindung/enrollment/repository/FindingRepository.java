package id.lindung.enrollment.repository;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import id.lindung.contracts.region.RegionCode;

@ApplicationScoped
public class FindingRepository implements PanacheRepositoryBase<Finding, UUID> {

    /** Findings whose participant lives in the region or whose payers include a government of it. */
    public PanacheQuery<Finding> within(RegionCode region, int page, int size) {
        Sort order = Sort.by("detectedAt", Sort.Direction.Descending).and("id");
        if (region.equals(RegionCode.NATION)) {
            return findAll(order).page(Page.of(page, size));
        }
        Map<String, Object> parameters = new HashMap<>();
        RegionFilter.bind(parameters, region);
        return find(RegionFilter.within("domicileRegion", "firstPayerRegion", "secondPayerRegion"), order, parameters)
                .page(Page.of(page, size));
    }
}
