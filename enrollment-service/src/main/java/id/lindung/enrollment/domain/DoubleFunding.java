package id.lindung.enrollment.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Double funding: contributions are due per month, so two enrollments of one person overlap when they cover at least
 * one common calendar month (an enrollment ending on 10 March and another starting on 20 March both pay for March).
 */
public final class DoubleFunding {

    /** The months both enrollments cover, from the first day of the first to the last day of the last. */
    public record Overlap(LocalDate from, LocalDate to) {
    }

    private DoubleFunding() {
    }

    /**
     * The common months of two coverage periods; an open end ({@code null}) runs on indefinitely, and so may the
     * overlap ({@code to} null).
     */
    public static Optional<Overlap> overlap(LocalDate startA, LocalDate endA, LocalDate startB, LocalDate endB) {
        YearMonth from = max(YearMonth.from(startA), YearMonth.from(startB));
        YearMonth to = minOpen(endA == null ? null : YearMonth.from(endA), endB == null ? null : YearMonth.from(endB));
        if (to != null && to.isBefore(from)) {
            return Optional.empty();
        }
        return Optional.of(new Overlap(from.atDay(1), to == null ? null : to.atEndOfMonth()));
    }

    private static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    private static YearMonth minOpen(YearMonth a, YearMonth b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }
}
