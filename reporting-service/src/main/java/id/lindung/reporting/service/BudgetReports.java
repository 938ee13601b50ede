package id.lindung.reporting.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.region.RegionCode;
import id.lindung.reporting.domain.BudgetDeltas.Amounts;
import id.lindung.reporting.repository.BudgetRepository;
import id.lindung.reporting.repository.WatermarkRepository;
import id.lindung.reporting.rest.api.BudgetReport;
import id.lindung.reporting.rest.api.BudgetReport.CategoryPosition;
import id.lindung.reporting.rest.api.BudgetReport.CellPosition;
import id.lindung.reporting.rest.api.BudgetReport.Position;
import id.lindung.reporting.rest.api.BudgetReport.ProgrammePosition;

/** Budget position per region and fiscal year, from the funding pool roll-up. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BudgetReports {

    @Inject
    Regions regions;

    @Inject
    BudgetRepository budgets;

    @Inject
    WatermarkRepository watermarks;

    @Inject
    CoverageReports coverage;

    public BudgetReport report(String regionText, Optional<Integer> yearParam) {
        RegionCode region = regions.requireAccessible(regionText);
        int year = yearParam.orElseGet(coverage::currentYear);
        List<BudgetRepository.Row> rows = budgets.of(region, year);
        if (rows.isEmpty()) {
            regions.requireKnown(region);
        }
        Map<String, List<BudgetRepository.Row>> byChild = new TreeMap<>();
        budgets.ofChildren(region, year)
                .forEach(row -> byChild.computeIfAbsent(row.region(), key -> new ArrayList<>()).add(row));
        List<BudgetReport.Child> children = new ArrayList<>();
        byChild.forEach((child, childRows) -> {
            RegionCode code = RegionCode.of(child);
            children.add(new BudgetReport.Child(child, regions.name(code).orElse(null), code.level(),
                    Position.of(total(childRows)), byProgramme(childRows), byCategory(childRows)));
        });
        List<CellPosition> cells = rows.stream()
                .sorted((a, b) -> a.programme() != b.programme()
                        ? a.programme().compareTo(b.programme())
                        : a.category().compareTo(b.category()))
                .map(row -> new CellPosition(row.programme(), row.category(), Position.of(row.amounts())))
                .toList();
        return new BudgetReport(region.value(), regions.name(region).orElse(null), region.level(), year,
                Position.of(total(rows)), byProgramme(rows), byCategory(rows), cells, children,
                watermarks.lastEventTime(BudgetProjection.CONSUMER).orElse(null));
    }

    private static Amounts total(List<BudgetRepository.Row> rows) {
        return rows.stream().map(BudgetRepository.Row::amounts).reduce(Amounts.ZERO, Amounts::plus);
    }

    private static List<ProgrammePosition> byProgramme(List<BudgetRepository.Row> rows) {
        Map<Programme, Amounts> sums = new EnumMap<>(Programme.class);
        rows.forEach(row -> sums.merge(row.programme(), row.amounts(), Amounts::plus));
        return sums.entrySet().stream().map(e -> new ProgrammePosition(e.getKey(), Position.of(e.getValue())))
                .toList();
    }

    private static List<CategoryPosition> byCategory(List<BudgetRepository.Row> rows) {
        Map<Category, Amounts> sums = new EnumMap<>(Category.class);
        rows.forEach(row -> sums.merge(row.category(), row.amounts(), Amounts::plus));
        return sums.entrySet().stream().map(e -> new CategoryPosition(e.getKey(), Position.of(e.getValue())))
                .toList();
    }
}
