package id.lindung.reporting.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;
import id.lindung.contracts.region.RegionCode;
import id.lindung.platform.problem.FieldError;
import id.lindung.platform.problem.ProblemException;
import id.lindung.reporting.config.ReportingConfig;
import id.lindung.reporting.domain.Growth;
import id.lindung.reporting.domain.Potential;
import id.lindung.reporting.repository.CoverageCountRepository;
import id.lindung.reporting.repository.CoverageCountRepository.Cell;
import id.lindung.reporting.repository.CoverageMonthRepository;
import id.lindung.reporting.repository.PotentialRepository;
import id.lindung.reporting.repository.WatermarkRepository;
import id.lindung.reporting.rest.api.CoverageReport;
import id.lindung.reporting.rest.api.CoverageReport.CategoryCoverage;
import id.lindung.reporting.rest.api.CoverageReport.ProgrammeCount;
import id.lindung.reporting.rest.api.CoverageReport.SegmentCount;
import id.lindung.reporting.rest.api.TrendReport;

/** Coverage of a region and of its children, from the counters and the potential roll-up. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoverageReports {

    /** The longest trend series one request may ask for. */
    static final int MAX_TREND_MONTHS = 240;

    @Inject
    Regions regions;

    @Inject
    CoverageCountRepository counts;

    @Inject
    PotentialRepository potentials;

    @Inject
    CoverageMonthRepository months;

    @Inject
    WatermarkRepository watermarks;

    @Inject
    ReportingConfig config;

    /** The year reports default to: the current one where the service counts time. */
    public int currentYear() {
        return LocalDate.now(config.zone()).getYear();
    }

    public CoverageReport coverage(String regionText, Optional<Integer> year) {
        RegionCode region = regions.requireAccessible(regionText);
        List<Cell> cells = counts.cells(region);
        if (cells.isEmpty()) {
            regions.requireKnown(region);
        }
        int reportYear = year.orElseGet(this::currentYear);
        return report(region, reportYear, cells, potentials.of(region, reportYear), asOf());
    }

    /** The children of a region, each with its report, sorted as asked. */
    public List<CoverageReport> children(String regionText, Optional<Integer> year, ChildrenQuery query) {
        RegionCode region = regions.requireAccessible(regionText);
        List<CoverageReport> children = children(region, year.orElseGet(this::currentYear));
        if (children.isEmpty()) {
            regions.requireKnown(region);
        }
        return query.sorted(children);
    }

    /**
     * Active participants at the end of every month from {@code from} to {@code to}, enrollments started in each, and
     * growth, from the monthly deltas (never from participant rows).
     */
    public TrendReport trend(String regionText, Optional<YearMonth> fromParam, Optional<YearMonth> toParam,
            Optional<Category> category) {
        RegionCode region = regions.requireAccessible(regionText);
        YearMonth to = toParam.orElseGet(() -> YearMonth.now(config.zone()));
        YearMonth from = fromParam.orElseGet(() -> to.minusMonths(11));
        List<FieldError> errors = new ArrayList<>();
        if (from.isAfter(to)) {
            errors.add(new FieldError("from", "must not be after to"));
        } else if (from.plusMonths(MAX_TREND_MONTHS - 1).isBefore(to)) {
            errors.add(new FieldError("to", "must be at most " + MAX_TREND_MONTHS + " months after from"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<CoverageMonthRepository.Month> changes = months.upTo(region, category, to.atDay(1));
        if (changes.isEmpty()) {
            regions.requireKnown(region);
        }
        Map<YearMonth, CoverageMonthRepository.Month> byMonth = new HashMap<>();
        long active = 0;
        for (CoverageMonthRepository.Month change : changes) {
            YearMonth month = YearMonth.from(change.month());
            if (month.isBefore(from)) {
                active += change.activeDelta();
            } else {
                byMonth.put(month, change);
            }
        }
        long atStartOfPeriod = active;
        List<TrendReport.Point> points = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            CoverageMonthRepository.Month change = byMonth.get(month);
            long previous = active;
            active += change == null ? 0 : change.activeDelta();
            points.add(new TrendReport.Point(month, active, change == null ? 0 : change.newEnrollments(),
                    Growth.percent(previous, active).orElse(null)));
        }
        long atFrom = points.get(0).active();
        return new TrendReport(region.value(), regions.name(region).orElse(null), region.level(),
                category.orElse(null), from, to, points, Growth.percent(atFrom, active).orElse(null), asOf());
    }

    /** Every child of the region (known to the Kemendagri list, or having counts or targets), each with its report. */
    List<CoverageReport> children(RegionCode region, int year) {
        Map<String, List<Cell>> cellsByChild = new HashMap<>();
        counts.childCells(region).forEach(cell -> cellsByChild.computeIfAbsent(cell.region(),
                key -> new ArrayList<>()).add(cell));
        Map<String, Potential> potentialByChild = potentials.ofChildren(region, year);
        TreeSet<String> children = new TreeSet<>();
        regions.directory().children(region).forEach(child -> children.add(child.value()));
        children.addAll(cellsByChild.keySet());
        children.addAll(potentialByChild.keySet());
        OffsetDateTime asOf = asOf();
        List<CoverageReport> reports = new ArrayList<>(children.size());
        for (String child : children) {
            reports.add(report(RegionCode.of(child), year, cellsByChild.getOrDefault(child, List.of()),
                    potentialByChild.getOrDefault(child, Potential.NONE), asOf));
        }
        return reports;
    }

    OffsetDateTime asOf() {
        return watermarks.lastEventTime(EnrollmentProjection.CONSUMER).orElse(null);
    }

    CoverageReport report(RegionCode region, int year, List<Cell> cells, Potential potential, OffsetDateTime asOf) {
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        Map<Segment, Long> bySegment = new EnumMap<>(Segment.class);
        Map<Programme, Long> byProgramme = new EnumMap<>(Programme.class);
        List<CoverageReport.Cell> breakdown = new ArrayList<>();
        long active = 0;
        List<Cell> sorted = cells.stream()
                .sorted((a, b) -> a.category() != b.category()
                        ? a.category().compareTo(b.category())
                        : a.segment().compareTo(b.segment()))
                .toList();
        for (Cell cell : sorted) {
            active += cell.counts().active();
            byCategory.merge(cell.category(), cell.counts().active(), Long::sum);
            bySegment.merge(cell.segment(), cell.counts().active(), Long::sum);
            Map<Programme, Long> programmes = new EnumMap<>(Programme.class);
            for (Programme programme : Programme.values()) {
                long count = cell.counts().programme(programme);
                if (count != 0) {
                    programmes.put(programme, count);
                    byProgramme.merge(programme, count, Long::sum);
                }
            }
            breakdown.add(new CoverageReport.Cell(cell.category(), cell.segment(), cell.counts().active(),
                    programmes));
        }
        List<CategoryCoverage> categories = new ArrayList<>();
        for (Category category : Category.values()) {
            Long categoryActive = byCategory.get(category);
            Optional<Long> categoryPotential = potential.of(category);
            if (categoryActive != null || categoryPotential.isPresent()) {
                long count = categoryActive == null ? 0 : categoryActive;
                categories.add(new CategoryCoverage(category, count, categoryPotential.orElse(null),
                        Potential.coveragePercent(count, categoryPotential).orElse(null)));
            }
        }
        Optional<Long> total = potential.total();
        // with per-category potentials, the active of a category without one inflates the coverage: say how many
        long withoutPotential = potential.byCategory().isEmpty()
                ? 0
                : byCategory.entrySet().stream()
                        .filter(entry -> potential.of(entry.getKey()).isEmpty()).mapToLong(Map.Entry::getValue).sum();
        return new CoverageReport(region.value(), regions.name(region).orElse(null), region.level(), year, active,
                total.orElse(null), potential.source(), Potential.coveragePercent(active, total).orElse(null),
                withoutPotential, categories,
                bySegment.entrySet().stream().map(entry -> new SegmentCount(entry.getKey(), entry.getValue())).toList(),
                byProgramme.entrySet().stream().map(entry -> new ProgrammeCount(entry.getKey(), entry.getValue()))
                        .toList(),
                breakdown, asOf);
    }
}
