package id.lindung.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Stopping and killing children without the common pool. */
class ProcessesTest {

    @Test
    void aKilledChildHasGoneWhenKillReturns() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "600").start();

        Processes.kill(sleeper);

        assertThat(sleeper.isAlive()).isFalse();
        assertThat(Processes.alive(sleeper)).isEmpty();
    }

    @Test
    void aTerminatedChildStopsWithinItsGracePeriod() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "600").start();
        assertThat(Processes.alive(sleeper)).isPresent();

        Processes.terminate(sleeper, Duration.ofSeconds(20), "sleeper");

        assertThat(sleeper.isAlive()).isFalse();
    }

    @Test
    void waitingForeverForALiveProcessDoesNotOverflow() {
        assertThat(Processes.awaitExit(ProcessHandle.current(), Duration.ofMillis(100))).isFalse();
        assertThat(Processes.FOREVER.toNanos()).isPositive();
    }
}
