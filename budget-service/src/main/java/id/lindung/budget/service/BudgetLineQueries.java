package id.lindung.budget.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.lindung.budget.domain.BudgetLine;
import id.lindung.budget.domain.Disbursement;
import id.lindung.budget.repository.BudgetLineRepository;
import id.lindung.budget.repository.BudgetLineRevisionRepository;
import id.lindung.budget.repository.DisbursementRepository;
import id.lindung.budget.rest.api.BudgetLineView;
import id.lindung.budget.rest.api.DisbursementView;
import id.lindung.budget.rest.api.RevisionView;
import id.lindung.contracts.region.RegionCode;
import id.lindung.platform.problem.ProblemException;
import id.lindung.platform.web.Page;
import id.lindung.platform.web.PageRequest;

/** Reads of budget lines, their revisions and disbursements, always within the caller's region scope. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BudgetLineQueries {

    @Inject
    BudgetLineRepository lines;

    @Inject
    BudgetLineRevisionRepository revisions;

    @Inject
    DisbursementRepository disbursements;

    @Inject
    RegionAccess access;

    /** Lines matching the filter; without a region, everything the caller may see. */
    public Page<BudgetLineView> list(BudgetLineRepository.Filter filter, PageRequest page) {
        RegionCode region = filter.region();
        if (region == null) {
            region = access.readScope();
        } else {
            access.requireRead(region);
        }
        BudgetLineRepository.Filter scoped = new BudgetLineRepository.Filter(region, filter.fiscalYear(),
                filter.programme(), filter.category(), filter.budgetKind());
        return Page.of(lines.search(scoped, page.page, page.size).stream().map(BudgetLineView::of).toList(),
                page.page, page.size, lines.count(scoped));
    }

    /** The line; 404 when unknown or outside the caller's scope, alike. */
    public BudgetLine get(UUID id) {
        return lines.findByIdOptional(id).filter(line -> access.mayRead(RegionCode.of(line.region)))
                .orElseThrow(() -> ProblemException.notFound("budget line " + id));
    }

    public List<RevisionView> revisions(UUID id) {
        get(id);
        return revisions.ofLine(id).stream().map(RevisionView::of).toList();
    }

    public Page<DisbursementView> disbursements(UUID id, PageRequest page) {
        get(id);
        return Page.of(disbursements.ofLine(id, page.page, page.size).stream().map(DisbursementView::of).toList(),
                page.page, page.size, disbursements.countOfLine(id));
    }

    public DisbursementView disbursement(UUID lineId, UUID id) {
        get(lineId);
        Disbursement disbursement = disbursements.findByIdOptional(id).filter(found -> found.lineId.equals(lineId))
                .orElseThrow(() -> ProblemException.notFound("disbursement " + id + " of line " + lineId));
        return DisbursementView.of(disbursement);
    }
}
