package id.lindung.reporting.messaging;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;

import id.lindung.reporting.config.ReportingConfig;

/**
 * Runs a batch's work until it succeeds, pausing longer after each failure. Only valid events reach this point, so a
 * failure is a passing one (database or broker unreachable): the batch is retried, never dead-lettered, and its
 * offsets are not committed until it succeeds. Gives up only when the application stops.
 */
@ApplicationScoped
public class Retrier {

    private static final Logger LOG = Logger.getLogger(Retrier.class);

    @Inject
    ReportingConfig config;

    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    public <T> T untilDone(String what, Supplier<T> work) {
        Duration delay = config.retryInitialDelay();
        int attempt = 1;
        while (true) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (stopping) {
                    throw e;
                }
                LOG.warnf("%s failed (attempt %d), retrying in %d ms: %s", what, attempt, delay.toMillis(),
                        rootMessage(e));
                pause(delay);
                delay = delay.multipliedBy(2).compareTo(config.retryMaxDelay()) > 0
                        ? config.retryMaxDelay()
                        : delay.multipliedBy(2);
                attempt++;
            }
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
