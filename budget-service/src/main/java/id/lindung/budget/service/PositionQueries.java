package id.lindung.budget.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.lindung.budget.config.BudgetConfig;
import id.lindung.budget.domain.BudgetLine;
import id.lindung.budget.domain.FundingPool;
import id.lindung.budget.domain.PoolKey;
import id.lindung.budget.domain.PoolOutlook;
import id.lindung.budget.domain.rates.QuoteException;
import id.lindung.budget.domain.rates.QuoteInput;
import id.lindung.budget.repository.FundingPoolRepository;
import id.lindung.budget.rest.api.LinePositionView;
import id.lindung.budget.rest.api.PoolPositionView;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Segment;
import id.lindung.contracts.region.RegionCode;
import id.lindung.platform.problem.ProblemException;
import id.lindung.platform.regions.RegionDirectory;
import id.lindung.platform.web.Page;
import id.lindung.platform.web.PageRequest;

/**
 * Budget positions, read from the pools' running sums: never from enrollments. A line's position is its share of its
 * pool, in proportion to its amount.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PositionQueries {

    @Inject
    FundingPoolRepository pools;

    @Inject
    BudgetLineQueries lines;

    @Inject
    RegionAccess access;

    @Inject
    RegionDirectory regions;

    @Inject
    Rates rates;

    @Inject
    BudgetConfig config;

    public LinePositionView ofLine(UUID id) {
        BudgetLine line = lines.get(id);
        FundingPool pool = pools.byId(line.poolId).orElseThrow();
        PoolPositionView whole = view(pool);
        double share = pool.allocated == 0 ? 0 : (double) line.amount / pool.allocated;
        long committed = pool.allocated == 0 ? 0 : Math.round((double) pool.committed * line.amount / pool.allocated);
        long headroom = line.amount - committed;
        long perParticipantYear = whole.costPerParticipant() * whole.remainingMonths();
        long additional = headroom > 0 && perParticipantYear > 0 ? headroom / perParticipantYear : 0;
        return new LinePositionView(line.id, line.poolId, line.amount, committed, line.disbursed, headroom,
                line.remaining(), share, whole.runOutMonth(), additional, whole);
    }

    public PoolPositionView ofPool(String id) {
        PoolKey key;
        try {
            key = PoolKey.parse(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("poolId", "is not a funding pool id such as 36.03:2026:JKK:NON_ASN");
        }
        access.requireRead(RegionCode.of(key.payerRegion()));
        return pools.byId(key.id()).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("funding pool " + key.id()));
    }

    public Page<PoolPositionView> list(FundingPoolRepository.Filter filter, PageRequest page) {
        RegionCode region = filter.region();
        if (region == null) {
            region = access.readScope();
        } else {
            access.requireRead(region);
        }
        FundingPoolRepository.Filter scoped = new FundingPoolRepository.Filter(region, filter.fiscalYear(),
                filter.programme(), filter.category());
        return Page.of(pools.search(scoped, page.page, page.size).stream().map(this::view).toList(), page.page,
                page.size, pools.count(scoped));
    }

    PoolPositionView view(FundingPool pool) {
        YearMonth today = YearMonth.now(config.zone());
        PoolOutlook outlook = PoolOutlook.of(pool.fiscalYear, pool.allocated, pool.committedByMonth,
                pool.participantsByMonth, today, referenceCost(pool, today));
        return new PoolPositionView(pool.id, pool.payerType, pool.payerRegion,
                regions.name(RegionCode.of(pool.payerRegion)).orElse(null), pool.fiscalYear, pool.programme,
                pool.category, pool.lineCount, pool.allocated, pool.committed, pool.disbursed, pool.headroom(),
                Arrays.stream(pool.committedByMonth).boxed().toList(),
                Arrays.stream(pool.participantsByMonth).boxed().toList(), pool.fundedParticipants(),
                pool.unfundedParticipants(), outlook.monthlyRunRate(), outlook.runOutMonth(),
                outlook.costPerParticipant(), outlook.remainingMonths(), outlook.additionalParticipants(),
                pool.sequence, pool.updatedAt == null ? OffsetDateTime.now() : pool.updatedAt);
    }

    /**
     * The monthly contribution of a reference participant, for a pool that has none of its own: a wage earner (or, for
     * pekerja rentan, a BPU worker) on the reference wage, at the default risk class, paid by the pool's government.
     */
    private long referenceCost(FundingPool pool, YearMonth today) {
        Segment segment = pool.category == Category.PEKERJA_RENTAN ? Segment.BPU : Segment.PU;
        int month = pool.fiscalYear == today.getYear() ? today.getMonthValue() : 1;
        long wage = config.positions().referenceWage();
        try {
            return rates.book().quote(new QuoteInput(segment, pool.programme, wage, wage, null,
                    config.commitments().defaultRiskClass(), pool.payerType.name(), null,
                    LocalDate.of(pool.fiscalYear, month, 1))).amount();
        } catch (QuoteException e) {
            return 0;
        }
    }
}
