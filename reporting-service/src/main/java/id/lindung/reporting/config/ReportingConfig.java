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

    /** Retries of a batch whose transaction failed for a passing reason (database down): first pause. */
    @WithDefault("PT0.2S")
    Duration retryInitialDelay();

    /** Longest pause between retries of a failed batch. */
    @WithDefault("PT10S")
    Duration retryMaxDelay();
}
