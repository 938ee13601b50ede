package id.lindung.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.lindung.budget.repository.BudgetLineRepository;
import id.lindung.budget.rest.api.BudgetLineView;
import id.lindung.contracts.region.RegionCode;
import id.lindung.platform.security.Caller;
import id.lindung.platform.web.Page;
import id.lindung.platform.web.PageRequest;

/** Reads of budget lines, always within the caller's region scope. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BudgetLineQueries {

    @Inject
    BudgetLineRepository lines;

    @Inject
    Caller caller;

    /** Lines matching the filter; without a region, everything the caller may see. */
    public Page<BudgetLineView> list(BudgetLineRepository.Filter filter, PageRequest page) {
        RegionCode region = filter.region();
        if (region == null) {
            region = caller.requireScope();
        } else {
            caller.requireAccess(region);
        }
        BudgetLineRepository.Filter scoped = new BudgetLineRepository.Filter(region, filter.fiscalYear(),
                filter.programme(), filter.category(), filter.budgetKind());
        return Page.of(lines.search(scoped, page.page, page.size).stream().map(BudgetLineView::of).toList(),
                page.page, page.size, lines.count(scoped));
    }
}
