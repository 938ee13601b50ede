package id.lindung.devstack;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.jboss.logging.Logger;

/**
 * Waiting for processes to exit without {@link ProcessHandle#onExit()}, whose completion runs on the common
 * fork-join pool: on a two-core machine that pool has one thread, and a caller that keeps it busy (a test sending load
 * from {@code CompletableFuture.runAsync}) would never learn that a process has died.
 */
final class Processes {

    private static final Logger LOG = Logger.getLogger(Processes.class);
    private static final Duration POLL = Duration.ofMillis(50);

    private Processes() {
    }

    /** Whether the process exited within the timeout. */
    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (process.isAlive()) {
            if (System.nanoTime() > deadline) {
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

    /** SIGTERM, so that the child shuts down gracefully; SIGKILL if it has not exited after the grace period. */
    static void terminate(Process process, Duration grace, String name) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!awaitExit(process.toHandle(), grace)) {
            LOG.warnf("%s did not stop within %d s; killing it", name, grace.toSeconds());
            kill(process);
        }
    }

    /** SIGKILL, as a crash would; returns once the child has gone. */
    static void kill(Process process) {
        if (process != null) {
            process.destroyForcibly();
            awaitExit(process.toHandle(), ChronoUnit.FOREVER.getDuration());
        }
    }
}
