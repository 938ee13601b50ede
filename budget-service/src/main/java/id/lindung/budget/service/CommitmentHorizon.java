package id.lindung.budget.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import id.lindung.budget.config.BudgetConfig;
import id.lindung.budget.repository.EnrollmentCommitmentRepository;

/**
 * The yearly roll-over: an open-ended enrollment commits up to the horizon year (this year plus
 * {@code lindung.budget.commitments.years-ahead}); when the calendar moves the horizon on, the open enrollments are
 * extended into the new fiscal year, chunk by chunk. It reads the stored commitments once a year; a position is never
 * recomputed from enrollments.
 */
@ApplicationScoped
public class CommitmentHorizon {

    private static final Logger LOG = Logger.getLogger(CommitmentHorizon.class);

    @Inject
    EnrollmentCommitmentRepository states;

    @Inject
    Commitments commitments;

    @Inject
    BudgetConfig config;

    /** Cheap when there is nothing to do (an index lookup), so it simply runs a few times a day. */
    @Scheduled(every = "${lindung.budget.commitments.rollover-every:6h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void rollOver() {
        extendTo(commitments.horizonYear());
    }

    /** Extends every open enrollment committed to an earlier year up to {@code horizon}; answers how many. */
    public int extendTo(int horizon) {
        int closed = QuarkusTransaction.requiringNew().call(() -> states.closeEndedBefore(horizon));
        int extended = 0;
        UUID after = new UUID(0, 0);
        while (true) {
            UUID from = after;
            List<EnrollmentCommitmentRepository.Stored> chunk = QuarkusTransaction.requiringNew().call(() -> {
                List<EnrollmentCommitmentRepository.Stored> open = states.lockOpenBefore(horizon, from,
                        config.commitments().rolloverChunk());
                commitments.extend(open, horizon);
                return open;
            });
            if (chunk.isEmpty()) {
                break;
            }
            extended += chunk.size();
            after = chunk.get(chunk.size() - 1).enrollmentId();
        }
        if (extended > 0 || closed > 0) {
            LOG.infof("commitment horizon %d: %d open enrollments extended, %d ended ones closed", horizon, extended,
                    closed);
        }
        return extended;
    }
}
