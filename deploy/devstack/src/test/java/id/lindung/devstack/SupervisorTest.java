package id.lindung.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The launcher's supervision, on real processes ({@code sleep}) standing in for the suite's parts. */
class SupervisorTest {

    private final List<String> said = new CopyOnWriteArrayList<>();
    private final Supervisor supervisor = new Supervisor(said::add);
    private final SleepPart part = new SleepPart();

    @AfterEach
    void stopEverything() {
        supervisor.close();
        part.stop();
    }

    @Test
    void aPartThatDiesIsStartedAgainAndTheRestartIsTold() {
        part.start();
        supervisor.watch(part);
        long firstPid = part.process().orElseThrow().pid();

        part.kill();

        await().atMost(Duration.ofSeconds(30)).until(() -> supervisor.restarts("sleeper") == 1);
        assertThat(supervisor.state("sleeper")).contains(PartState.RUNNING);
        assertThat(part.process()).isPresent();
        assertThat(part.process().orElseThrow().pid()).isNotEqualTo(firstPid);
        assertThat(part.starts.get()).isEqualTo(2);
        assertThat(said).anyMatch(message -> message.startsWith("sleeper stopped unexpectedly; restarting it in 1 s"))
                .anyMatch(message -> message.startsWith("sleeper restarted"));
    }

    @Test
    void aPartStoppedOnPurposeIsLeftDownUntilStartedAgain() {
        part.start();
        supervisor.watch(part);

        supervisor.hold(part);
        part.stop();

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> part.process().isEmpty() && part.starts.get() == 1);
        assertThat(supervisor.state("sleeper")).contains(PartState.STOPPED);
        assertThat(said).isEmpty();

        part.start();
        supervisor.watch(part);
        assertThat(supervisor.state("sleeper")).contains(PartState.RUNNING);
        part.kill();
        await().atMost(Duration.ofSeconds(30)).until(() -> supervisor.restarts("sleeper") == 1);
    }

    @Test
    void restartsBackOffFromOneSecondToThirtySeconds() {
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 40).stream().map(Supervisor::delay).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
    }

    @Test
    void aSuiteThatIsClosingRestartsNothing() {
        part.start();
        supervisor.watch(part);

        supervisor.close();
        part.kill();

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> part.process().isEmpty());
        assertThat(said).isEmpty();
    }

    /** A part whose process is {@code sleep 600}. */
    private static final class SleepPart implements Part {
        final AtomicInteger starts = new AtomicInteger();
        private volatile Process process;

        @Override
        public String id() {
            return "sleeper";
        }

        @Override
        public synchronized void start() {
            if (process != null && process.isAlive()) {
                return;
            }
            try {
                process = new ProcessBuilder("sleep", "600").start();
                starts.incrementAndGet();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public synchronized void stop() {
            if (process != null) {
                process.destroy();
                process.onExit().join();
            }
        }

        @Override
        public synchronized void kill() {
            if (process != null) {
                process.destroyForcibly();
                process.onExit().join();
            }
        }

        @Override
        public Optional<ProcessHandle> process() {
            Process running = process;
            return running != null && running.isAlive() ? Optional.of(running.toHandle()) : Optional.empty();
        }

        @Override
        public Path logFile() {
            return Path.of("sleeper.log");
        }
    }
}
