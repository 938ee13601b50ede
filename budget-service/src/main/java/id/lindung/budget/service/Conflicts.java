package id.lindung.budget.service;

import java.util.Optional;

import org.hibernate.exception.ConstraintViolationException;

/** Finds the unique constraint a failed write broke, so that a race lost to another request becomes a 409. */
final class Conflicts {

    private Conflicts() {
    }

    static Optional<String> violatedConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                return Optional.of(violation.getConstraintName());
            }
        }
        return Optional.empty();
    }
}
