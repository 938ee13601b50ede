package id.lindung.budget.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import id.lindung.budget.domain.BudgetLine;
import id.lindung.contracts.budget.BudgetKind;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.region.RegionCode;
import id.lindung.platform.repository.Where;

@ApplicationScoped
public class BudgetLineRepository implements PanacheRepositoryBase<BudgetLine, UUID> {

    /** What a list of lines may be narrowed by; {@code region} matches the region and everything below it. */
    public record Filter(RegionCode region, Integer fiscalYear, Programme programme, Category category,
            BudgetKind budgetKind) {
    }

    /** One page of the lines matching the filter, newest fiscal year first, then by region and external ref. */
    public List<BudgetLine> search(Filter filter, int page, int size) {
        return query(filter).page(Page.of(page, size)).list();
    }

    public long count(Filter filter) {
        return query(filter).count();
    }

    /** The line, locked for update until the transaction ends: disbursements and revisions go one at a time. */
    public Optional<BudgetLine> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private PanacheQuery<BudgetLine> query(Filter filter) {
        Where where = new Where().within("region", filter.region())
                .equal("fiscalYear", filter.fiscalYear())
                .equal("programme", filter.programme())
                .equal("targetCategory", filter.category())
                .equal("budgetKind", filter.budgetKind());
        Sort sort = Sort.descending("fiscalYear").and("region").and("externalRef");
        return where.isEmpty() ? findAll(sort) : find(where.jpql(), sort, where.params());
    }
}
