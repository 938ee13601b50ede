package id.lindung.reporting.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.lindung.contracts.event.FundingPoolPosition;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.region.RegionCode;

/**
 * The net change a batch of funding pool positions makes to the budget roll-up: each pool's previous position is
 * taken out of its region and every enclosing one, and its new position put in.
 */
public final class BudgetDeltas {

    /** One roll-up row. */
    public record Key(String region, int fiscalYear, Programme programme, Category category) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::region)
                .thenComparingInt(Key::fiscalYear).thenComparing(Key::programme).thenComparing(Key::category);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    /** Summed amounts (whole rupiah) and participants. */
    public record Amounts(long pools, long allocated, long committed, long disbursed, long headroom, long funded,
            long unfunded) {

        public static final Amounts ZERO = new Amounts(0, 0, 0, 0, 0, 0, 0);

        public static Amounts of(FundingPoolPosition position) {
            return new Amounts(1, position.allocated(), position.committed(), position.disbursed(),
                    position.headroom(), position.fundedParticipants(), position.unfundedParticipants());
        }

        public Amounts plus(Amounts other) {
            return new Amounts(pools + other.pools, allocated + other.allocated, committed + other.committed,
                    disbursed + other.disbursed, headroom + other.headroom, funded + other.funded,
                    unfunded + other.unfunded);
        }

        public Amounts negate() {
            return new Amounts(-pools, -allocated, -committed, -disbursed, -headroom, -funded, -unfunded);
        }

        public boolean isZero() { return this.equals(ZERO); }
    }

    private final Map<Key, Amounts> changes = new TreeMap<>();

    /** A pool moved from {@code previous} (null for a new pool) to {@code next}. */
    public void replace(FundingPoolPosition previous, FundingPoolPosition next) {
        if (previous != null) {
            add(previous, Amounts.of(previous).negate());
        }
        add(next, Amounts.of(next));
    }

    private void add(FundingPoolPosition position, Amounts amounts) {
        for (RegionCode region : RegionCode.of(position.payerRegion()).lineage()) {
            changes.merge(new Key(region.value(), position.fiscalYear(), position.programme(), position.category()),
                    amounts, Amounts::plus);
        }
    }

    /** The changes, sorted, without the ones that cancelled out. */
    public List<Map.Entry<Key, Amounts>> changes() {
        return changes.entrySet().stream().filter(entry -> !entry.getValue().isZero()).toList();
    }
}
