package id.lindung.devstack;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

/**
 * Keeps the parts of a running suite running: a part whose process exits without having been asked to is started again,
 * after a delay that doubles with each failure in a row (1 s up to 30 s; back to 1 s once a part has run for a
 * minute), and each exit and restart is told to the listener. A part stopped on purpose ({@link #hold}) is left alone
 * until {@link #release} (by {@code ./lindung stop PART} and {@code ./lindung start PART}).
 */
final class Supervisor implements AutoCloseable {

    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofSeconds(30);
    /** A part that ran this long before it died is not crash-looping: its next restart waits the first delay again. */
    static final Duration STABLE = Duration.ofMinutes(1);
    private static final Duration POLL = Duration.ofMillis(250);

    private static final Logger LOG = Logger.getLogger(Supervisor.class);

    private final Consumer<String> listener;
    private final ScheduledExecutorService scheduler;
    private final Map<String, Watch> watches = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** @param listener told, in a sentence, of every unexpected exit and every restart */
    Supervisor(Consumer<String> listener) {
        this.listener = listener;
        this.scheduler = Executors.newScheduledThreadPool(2, task -> Thread.ofPlatform().daemon().name("supervisor")
                .unstarted(task));
        // polled rather than ProcessHandle.onExit(), which completes on the (one-thread, maybe busy) common pool
        scheduler.scheduleWithFixedDelay(this::checkAll, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Begins (or resumes) watching a part that has started. */
    void watch(Part part) {
        Watch watch = watches.computeIfAbsent(part.id(), id -> new Watch(part));
        synchronized (watch) {
            watch.state = PartState.RUNNING;
            arm(watch);
        }
    }

    /** The part is about to be stopped on purpose: leave it down. */
    void hold(Part part) {
        Watch watch = watches.computeIfAbsent(part.id(), id -> new Watch(part));
        synchronized (watch) {
            watch.state = PartState.STOPPED;
            watch.failures = 0;
        }
    }

    /** What the part is doing; empty for a part this supervisor has never seen. */
    Optional<PartState> state(String partId) {
        return Optional.ofNullable(watches.get(partId)).map(watch -> watch.state);
    }

    /** How often the part has been restarted after an unexpected exit. */
    int restarts(String partId) {
        return Optional.ofNullable(watches.get(partId)).map(watch -> watch.restarts).orElse(0);
    }

    /** Stops supervising: from now on an exit is expected (the suite is shutting down). */
    @Override
    public void close() {
        closed = true;
        scheduler.shutdownNow();
    }

    /** Call with the watch's lock held. */
    private void arm(Watch watch) {
        Optional<ProcessHandle> process = watch.part.process();
        if (process.isEmpty()) {
            exited(watch, null);
            return;
        }
        watch.process = process.get();
        watch.since = System.nanoTime();
    }

    private void checkAll() {
        for (Watch watch : watches.values()) {
            ProcessHandle handle;
            synchronized (watch) {
                handle = watch.process;
            }
            if (handle != null && !handle.isAlive()) {
                exited(watch, handle);
            }
        }
    }

    private void exited(Watch watch, ProcessHandle handle) {
        synchronized (watch) {
            if (closed || watch.state == PartState.STOPPED || (handle != null && watch.process != handle)) {
                return; // expected, or an exit of a process already replaced
            }
            if (System.nanoTime() - watch.since > STABLE.toNanos()) {
                watch.failures = 0;
            }
            watch.state = PartState.RESTARTING;
            watch.process = null;
            Duration delay = delay(watch.failures++);
            say("%s stopped unexpectedly; restarting it in %d s (log: %s)", watch.part.id(), delay.toSeconds(),
                    watch.part.logFile());
            schedule(watch, delay);
        }
    }

    private void restart(Watch watch) {
        synchronized (watch) {
            if (closed || watch.state != PartState.RESTARTING) {
                return;
            }
        }
        long start = System.nanoTime();
        try {
            watch.part.start();
        } catch (RuntimeException e) {
            synchronized (watch) {
                if (closed || watch.state != PartState.RESTARTING) {
                    return;
                }
                Duration delay = delay(watch.failures++);
                LOG.warnf(e, "Restarting %s failed", watch.part.id());
                say("%s did not restart (%s); trying again in %d s", watch.part.id(), e.getMessage().lines().findFirst()
                        .orElse(""), delay.toSeconds());
                schedule(watch, delay);
            }
            return;
        }
        synchronized (watch) {
            if (closed || watch.state != PartState.RESTARTING) {
                return;
            }
            watch.state = PartState.RUNNING;
            watch.restarts++;
            say("%s restarted in %.1f s", watch.part.id(), (System.nanoTime() - start) / 1e9);
            arm(watch);
        }
    }

    private void schedule(Watch watch, Duration delay) {
        if (!closed) {
            scheduler.schedule(() -> restart(watch), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** 1 s, 2 s, 4 s ... up to 30 s. */
    static Duration delay(int failuresInARow) {
        long seconds = FIRST_DELAY.toSeconds() << Math.min(failuresInARow, 10);
        return Duration.ofSeconds(Math.min(seconds, MAX_DELAY.toSeconds()));
    }

    private void say(String format, Object... args) {
        String message = String.format(format, args);
        LOG.info(message);
        listener.accept(message);
    }

    /** One part under watch; fields guarded by the instance. */
    private static final class Watch {
        final Part part;
        volatile PartState state = PartState.RUNNING;
        ProcessHandle process;
        long since;
        int failures;
        volatile int restarts;

        Watch(Part part) {
            this.part = part;
        }
    }
}
