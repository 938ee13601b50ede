package id.lindung.budget.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import id.lindung.budget.domain.Disbursement;

@ApplicationScoped
public class DisbursementRepository implements PanacheRepositoryBase<Disbursement, UUID> {

    public List<Disbursement> ofLine(UUID lineId, int page, int size) {
        return find("lineId", Sort.ascending("sp2dDate").and("recordedAt"), lineId).page(Page.of(page, size)).list();
    }

    public long countOfLine(UUID lineId) {
        return count("lineId", lineId);
    }
}
