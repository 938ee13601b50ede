package id.lindung.reporting.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.lindung.contracts.programme.CategoryGroup;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.region.RegionCode;
import id.lindung.contracts.region.RegionLevel;
import id.lindung.platform.problem.ProblemException;
import id.lindung.platform.security.Caller;
import id.lindung.reporting.domain.Potential;
import id.lindung.reporting.repository.BudgetRepository;
import id.lindung.reporting.repository.BudgetRepository.OwnPool;
import id.lindung.reporting.repository.CoverageCountRepository;
import id.lindung.reporting.repository.PotentialRepository;
import id.lindung.reporting.rest.api.BudgetingStatus;
import id.lindung.reporting.rest.api.BudgetingStatus.GroupStatus;

/**
 * Which regional governments at a level have budgeted contributions for a year, and which have not (Kemendagri's
 * question): every government of the level within the caller's scope, from the Kemendagri list, those with nothing
 * budgeted first. Three aggregate queries (own pools, active counts, potentials) whatever the level, so the ~75,000
 * villages cost one pass.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BudgetingStatusReports {

    @Inject
    Caller caller;

    @Inject
    Regions regions;

    @Inject
    BudgetRepository budget;

    @Inject
    CoverageCountRepository counts;

    @Inject
    PotentialRepository potentials;

    @Inject
    CoverageReports coverage;

    /** Every government of the level within {@code within} (the caller's scope by default), unbudgeted first. */
    public List<BudgetingStatus> status(RegionLevel level, Optional<Integer> yearParam, Optional<String> withinText) {
        if (level != RegionLevel.PROVINCE && level != RegionLevel.REGENCY && level != RegionLevel.VILLAGE) {
            throw ProblemException.invalid("level", "must be PROVINCE, REGENCY or VILLAGE: the levels that keep a"
                    + " budget (APBD or APBDes)");
        }
        RegionCode within = withinText.map(regions::requireAccessible).orElseGet(caller::requireScope);
        int year = yearParam.orElseGet(coverage::currentYear);
        Map<String, List<OwnPool>> pools = new HashMap<>();
        budget.ownPools(PayerType.forBudgetLevel(level), year)
                .forEach(pool -> pools.computeIfAbsent(pool.government(), key -> new ArrayList<>()).add(pool));
        Map<String, Long> active = counts.activeAtLevel(level, Optional.empty());
        Map<String, Potential> potential = potentials.atLevel(level, year);

        List<BudgetingStatus> statuses = new ArrayList<>();
        for (RegionCode government : regions.directory().atLevel(level)) {
            if (!government.isWithin(within) || government.isKelurahan()) {
                continue;
            }
            List<OwnPool> own = pools.getOrDefault(government.value(), List.of());
            List<GroupStatus> groups = new ArrayList<>();
            for (CategoryGroup group : CategoryGroup.values()) {
                List<OwnPool> ofGroup = own.stream().filter(pool -> group.contains(pool.category())).toList();
                long allocated = ofGroup.stream().mapToLong(OwnPool::allocated).sum();
                groups.add(new GroupStatus(group, allocated > 0, allocated, mostFundedByOneProgramme(ofGroup)));
            }
            long allocated = own.stream().mapToLong(OwnPool::allocated).sum();
            long count = active.getOrDefault(government.value(), 0L);
            Optional<Long> total = potential.getOrDefault(government.value(), Potential.NONE).total();
            statuses.add(new BudgetingStatus(government.value(), regions.name(government).orElse(null), level, year,
                    allocated > 0, allocated, mostFundedByOneProgramme(own), groups, count, total.orElse(null),
                    Potential.coveragePercent(count, total).orElse(null)));
        }
        statuses.sort(Comparator.comparing(BudgetingStatus::budgeted).thenComparing(BudgetingStatus::region));
        return statuses;
    }

    /**
     * Participants per programme are exact (a person is in one category), across programmes they are the same people:
     * the most any one programme funds counts each person once.
     */
    private static long mostFundedByOneProgramme(List<OwnPool> pools) {
        Map<Programme, Long> byProgramme = new EnumMap<>(Programme.class);
        pools.forEach(pool -> byProgramme.merge(pool.programme(), pool.fundedParticipants(), Long::sum));
        return byProgramme.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
