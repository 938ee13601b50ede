package id.lindung.devstack;

import java.time.Duration;

/**
 * Waiting for processes to exit without {@link ProcessHandle#onExit()}, whose completion runs on the common
 * fork-join pool: on a two-core machine that pool has one thread, and a caller that keeps it busy (a test sending load
 * from {@code CompletableFuture.runAsync}) would never learn that a process has died.
 */
final class Processes {

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
}
