package id.lindung.devstack;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/**
 * Waiting for processes to exit without {@link ProcessHandle#onExit()}, whose completion runs on the common
 * fork-join pool: on a two-core machine that pool has one thread, and a caller that keeps it busy (a test sending load
 * from {@code CompletableFuture.runAsync}) would never learn that a process has died.
 */
final class Processes {

    private static final Logger LOG = Logger.getLogger(Processes.class);
    private static final Duration POLL = Duration.ofMillis(50);
    /** As good as forever, and still countable in nanoseconds (ChronoUnit.FOREVER is not). */
    static final Duration FOREVER = Duration.ofDays(365 * 100);

    private Processes() {
    }

    /** Whether the process exited within the timeout. */
    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        long start = System.nanoTime();
        long limit = timeout.compareTo(FOREVER) >= 0 ? Long.MAX_VALUE : timeout.toNanos();
        while (process.isAlive()) {
            if (System.nanoTime() - start > limit) {
                return false;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !process.isAlive();
            }
        }
        return true;
    }

    /** The child's handle while it runs. */
    static Optional<ProcessHandle> alive(Process process) {
        return process != null && process.isAlive() ? Optional.of(process.toHandle()) : Optional.empty();
    }

    /**
     * SIGTERM, so that the child shuts down gracefully; SIGKILL if it has not exited after the grace period. A child is
     * waited for with {@link Process#waitFor}, which (unlike onExit) needs no pool thread.
     */
    static void terminate(Process process, Duration grace, String name) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warnf("%s did not stop within %d s; killing it", name, grace.toSeconds());
                kill(process);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL, as a crash would; returns once the child has gone. */
    static void kill(Process process) {
        if (process == null) {
            return;
        }
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
