package id.lindung.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox relay publishes. */
@ConfigMapping(prefix = "lindung.outbox")
public interface OutboxConfig {

    /** Rows published per transaction. */
    @WithDefault("1000")
    int batchSize();

    /** How long published rows are kept before they are purged. */
    @WithDefault("P3D")
    Duration retention();

    /** Source attribute of the CloudEvents this service publishes, e.g. {@code /lindung/enrollment-service}. */
    @WithDefault("/lindung/${quarkus.application.name}")
    String source();
}
