package id.lindung.reporting.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.programme.Segment;

/**
 * What one participant adds to the coverage counters: counted once, in one region, category and segment, and once
 * for every programme that covers them.
 * <p>
 * A participant with several active enrollments (paid for by two payers, say) is still one participant: the region,
 * category and segment come from the active enrollment that started last (ties broken by enrollment id, so the choice
 * does not depend on the order events arrive in), and the programmes are those of all active enrollments.
 */
public record Contribution(String region, Category category, Segment segment, Set<Programme> programmes) {

    private static final Comparator<EnrollmentState> PRIMARY = Comparator
            .comparing(EnrollmentState::coverageStart)
            .thenComparing(EnrollmentState::enrollmentId);

    /** The participant's contribution given all their known enrollments; empty when none is active. */
    public static Optional<Contribution> of(Collection<EnrollmentState> enrollments) {
        Optional<EnrollmentState> primary = enrollments.stream().filter(EnrollmentState::isActive).max(PRIMARY);
        if (primary.isEmpty()) {
            return Optional.empty();
        }
        Set<Programme> programmes = EnumSet.noneOf(Programme.class);
        enrollments.stream().filter(EnrollmentState::isActive).forEach(state -> programmes.addAll(state.programmes()));
        EnrollmentState chosen = primary.get();
        return Optional.of(new Contribution(chosen.region(), chosen.category(), chosen.segment(), programmes));
    }
}
