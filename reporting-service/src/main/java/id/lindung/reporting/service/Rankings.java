package id.lindung.reporting.service;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.region.RegionCode;
import id.lindung.contracts.region.RegionLevel;
import id.lindung.platform.problem.ProblemException;
import id.lindung.platform.security.Caller;
import id.lindung.reporting.config.ReportingConfig;
import id.lindung.reporting.domain.Growth;
import id.lindung.reporting.domain.Potential;
import id.lindung.reporting.repository.CoverageCountRepository;
import id.lindung.reporting.repository.CoverageMonthRepository;
import id.lindung.reporting.repository.PotentialRepository;
import id.lindung.reporting.rest.api.RankingReport;
import id.lindung.reporting.rest.api.RankingReport.Item;
import id.lindung.reporting.rest.api.RankingReport.Metric;
import id.lindung.reporting.rest.api.RankingReport.Order;

/**
 * Ranks the provinces or regencies/cities within a region (the caller's scope by default) by coverage, active
 * participants or growth, from the level's counters, potentials and monthly deltas: three aggregate queries whatever
 * the number of participants.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Rankings {

    /** What a ranking request asks for. */
    public record Request(RegionLevel level, Metric metric, Optional<Category> category, Order order, int limit,
            Optional<Integer> year, Optional<YearMonth> from, Optional<YearMonth> to, Optional<String> within) {
    }

    @Inject
    Caller caller;

    @Inject
    Regions regions;

    @Inject
    CoverageCountRepository counts;

    @Inject
    PotentialRepository potentials;

    @Inject
    CoverageMonthRepository months;

    @Inject
    CoverageReports coverage;

    @Inject
    ReportingConfig config;

    public RankingReport rank(Request request) {
        if (request.level() != RegionLevel.PROVINCE && request.level() != RegionLevel.REGENCY) {
            throw ProblemException.invalid("level", "must be PROVINCE or REGENCY");
        }
        RegionCode within = request.within().map(regions::requireAccessible).orElseGet(caller::requireScope);
        int year = request.year().orElseGet(coverage::currentYear);
        YearMonth to = request.to().orElseGet(() -> YearMonth.now(config.zone()));
        YearMonth from = request.from().orElseGet(() -> to.minusMonths(12));
        if (from.isAfter(to)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        Map<String, Long> active = counts.activeAtLevel(request.level(), request.category());
        Map<String, Potential> potential = potentials.atLevel(request.level(), year);
        Map<String, CoverageMonthRepository.Between> growth = request.metric() == Metric.GROWTH
                ? months.changesAfterAtLevel(request.level(), request.category(), from.atDay(1), to.atDay(1))
                : Map.of();

        TreeSet<String> candidates = new TreeSet<>();
        regions.directory().atLevel(request.level()).forEach(region -> candidates.add(region.value()));
        candidates.addAll(active.keySet());
        candidates.addAll(potential.keySet());
        List<Item> items = new ArrayList<>();
        for (String code : candidates) {
            RegionCode region = RegionCode.of(code);
            if (!region.isWithin(within)) {
                continue;
            }
            long count = active.getOrDefault(code, 0L);
            Potential regionPotential = potential.getOrDefault(code, Potential.NONE);
            Optional<Long> total = request.category().isPresent()
                    ? regionPotential.of(request.category().get())
                    : regionPotential.total();
            Double coveragePercent = Potential.coveragePercent(count, total).orElse(null);
            CoverageMonthRepository.Between between = growth.get(code);
            Double growthPercent = null;
            if (request.metric() == Metric.GROWTH) {
                long afterFrom = between == null ? 0 : between.afterFrom();
                long afterTo = between == null ? 0 : between.afterTo();
                growthPercent = Growth.percent(count - afterFrom, count - afterTo).orElse(null);
            }
            Double value = switch (request.metric()) {
                case COVERAGE -> coveragePercent;
                case ENROLLED -> (double) count;
                case GROWTH -> growthPercent;
            };
            items.add(new Item(0, code, regions.name(region).orElse(null), value, count, total.orElse(null),
                    coveragePercent, growthPercent));
        }
        Comparator<Item> byValue = Comparator.comparing(Item::value,
                Comparator.nullsLast(request.order() == Order.DESC
                        ? Comparator.<Double>reverseOrder()
                        : Comparator.<Double>naturalOrder()));
        List<Item> sorted = items.stream().sorted(byValue.thenComparing(Item::region)).limit(request.limit()).toList();
        List<Item> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Item item = sorted.get(i);
            ranked.add(new Item(i + 1, item.region(), item.name(), item.value(), item.active(), item.potential(),
                    item.coveragePercent(), item.growthPercent()));
        }
        return new RankingReport(request.level(), request.metric(), request.category().orElse(null), request.order(),
                year, request.metric() == Metric.GROWTH ? from : null, request.metric() == Metric.GROWTH ? to : null,
                within.value(), ranked, coverage.asOf());
    }
}
