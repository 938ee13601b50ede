package id.lindung.budget.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import id.lindung.budget.domain.BudgetLineRevision;

@ApplicationScoped
public class BudgetLineRevisionRepository
        implements
            PanacheRepositoryBase<BudgetLineRevision, BudgetLineRevision.Id> {

    /** Every version of the line, the original allocation first. */
    public List<BudgetLineRevision> ofLine(UUID lineId) {
        return list("lineId", Sort.ascending("revision"), lineId);
    }
}
