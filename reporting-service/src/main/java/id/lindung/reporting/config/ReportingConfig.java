package id.lindung.reporting.config;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How reporting-service projects events and answers reports. */
@ConfigMapping(prefix = "lindung.reporting")
public interface ReportingConfig {

    /** The time zone months and years are counted in (WIB by default). */
    @WithDefault("Asia/Jakarta")
    ZoneId zone();

    /**
     * How long the ids of applied events are kept to recognise redeliveries. Older repeats are still harmless: every
     * enrollment and funding pool keeps the sequence it has reached and ignores anything not newer.
     */
    @WithDefault("P14D")
    Duration processedEventRetention();
}
