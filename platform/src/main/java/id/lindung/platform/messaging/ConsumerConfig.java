package id.lindung.platform.messaging;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How consumers wait out outages and how long they keep what they quarantined. */
@ConfigMapping(prefix = "lindung.consumer")
public interface ConsumerConfig {

    Retry retry();

    Quarantine quarantine();

    /** Backoff of a transient failure; retries never stop while the outage lasts. */
    interface Retry {

        @WithDefault("200ms")
        Duration initialDelay();

        @WithDefault("30s")
        Duration maxDelay();
    }

    interface Quarantine {

        /** How long a quarantined record is kept (by default the 7 days of {@code bpjs.enrollment-events}). */
        @WithDefault("P7D")
        Duration retention();
    }
}
