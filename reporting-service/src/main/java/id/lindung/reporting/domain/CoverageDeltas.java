package id.lindung.reporting.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;
import id.lindung.contracts.region.RegionCode;

/**
 * The net change a batch of events makes to the coverage counters and the monthly series, rolled up to every level
 * of the region hierarchy. Changes that cancel out (a participant leaving and re-entering the same cell) drop out,
 * and keys come out sorted so concurrent writers lock rows in the same order.
 */
public final class CoverageDeltas {

    /** One counter row: a region's participants of one category and segment. */
    public record CounterKey(String region, Category category, Segment segment) implements Comparable<CounterKey> {

        private static final Comparator<CounterKey> ORDER = Comparator.comparing(CounterKey::region)
                .thenComparing(CounterKey::category).thenComparing(CounterKey::segment);

        @Override
        public int compareTo(CounterKey other) {
            return ORDER.compare(this, other);
        }
    }

    /**
     * The change of one counter row: participants, and participants covered by each programme (indexed by
     * {@link Programme#ordinal()}).
     */
    public record Counts(long active, long[] programmes) {

        public long programme(Programme programme) {
            return programmes[programme.ordinal()];
        }

        boolean isZero() { return active == 0 && Arrays.stream(programmes).allMatch(count -> count == 0); }
    }

    /** One month (its first day) of one region. */
    public record MonthKey(String region, LocalDate month) implements Comparable<MonthKey> {

        private static final Comparator<MonthKey> ORDER = Comparator.comparing(MonthKey::region)
                .thenComparing(MonthKey::month);

        @Override
        public int compareTo(MonthKey other) {
            return ORDER.compare(this, other);
        }
    }

    /**
     * The change of one month, per category (indexed by {@link Category#ordinal()}): net active participants and
     * enrollments started.
     */
    public record MonthCounts(long[] active, long[] started) {

        public long active(Category category) {
            return active[category.ordinal()];
        }

        public long started(Category category) {
            return started[category.ordinal()];
        }

        boolean isZero() {
            return Arrays.stream(active).allMatch(count -> count == 0)
                    && Arrays.stream(started).allMatch(count -> count == 0);
        }
    }

    /** Per counter row: [participants, then one per programme]. */
    private final Map<CounterKey, long[]> counters = new TreeMap<>();
    private final Map<MonthKey, MonthCounts> months = new TreeMap<>();

    /**
     * A participant's contribution changed from {@code before} to {@code after} (either may be empty); the change is
     * dated in {@code month} (its first day).
     */
    public void move(java.util.Optional<Contribution> before, java.util.Optional<Contribution> after,
            LocalDate month) {
        if (before.equals(after)) {
            return;
        }
        before.ifPresent(contribution -> add(contribution, -1, month));
        after.ifPresent(contribution -> add(contribution, +1, month));
    }

    /** An enrollment started in the month, in that region and category. */
    public void started(String region, Category category, LocalDate month) {
        for (RegionCode level : RegionCode.of(region).lineage()) {
            month(level.value(), month).started()[category.ordinal()]++;
        }
    }

    private void add(Contribution contribution, int sign, LocalDate month) {
        for (RegionCode level : RegionCode.of(contribution.region()).lineage()) {
            String region = level.value();
            long[] counts = counters.computeIfAbsent(
                    new CounterKey(region, contribution.category(), contribution.segment()),
                    key -> new long[1 + Programme.values().length]);
            counts[0] += sign;
            for (Programme programme : contribution.programmes()) {
                counts[1 + programme.ordinal()] += sign;
            }
            month(region, month).active()[contribution.category().ordinal()] += sign;
        }
    }

    private MonthCounts month(String region, LocalDate month) {
        return months.computeIfAbsent(new MonthKey(region, month),
                key -> new MonthCounts(new long[Category.values().length], new long[Category.values().length]));
    }

    /** The counter changes, sorted, without the ones that cancelled out. */
    public List<Map.Entry<CounterKey, Counts>> counterChanges() {
        return counters.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), new Counts(entry.getValue()[0],
                        Arrays.copyOfRange(entry.getValue(), 1, entry.getValue().length))))
                .filter(entry -> !entry.getValue().isZero())
                .toList();
    }

    /** The monthly changes, sorted, without the ones that cancelled out. */
    public List<Map.Entry<MonthKey, MonthCounts>> monthChanges() {
        return months.entrySet().stream().filter(entry -> !entry.getValue().isZero()).toList();
    }

    public boolean isEmpty() { return counterChanges().isEmpty() && monthChanges().isEmpty(); }
}
