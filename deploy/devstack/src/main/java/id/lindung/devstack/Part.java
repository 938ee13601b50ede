package id.lindung.devstack;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One part of the suite that runs as a process of its own (PostgreSQL, the Kafka broker, a service) and can be
 * stopped, killed and started again on its own, on the same port and with its data kept. {@link Supervisor} restarts
 * a part whose process dies unexpectedly.
 */
interface Part {

    /** {@code postgres}, {@code kafka}, {@code gateway}, {@code enrollment}, {@code budget} or {@code reporting}. */
    String id();

    /** Starts the part and returns once it is ready; does nothing when it runs already. */
    void start();

    /** Stops the part gracefully (SIGTERM, then SIGKILL after a grace period); does nothing when it is not running. */
    void stop();

    /** Kills the part's process at once (SIGKILL), as a crash would, and waits until it has gone. */
    void kill();

    /** The process while the part runs (its postmaster for PostgreSQL), to watch it for an unexpected exit. */
    Optional<ProcessHandle> process();

    /** Where the part's output goes, for messages about it. */
    Path logFile();
}
