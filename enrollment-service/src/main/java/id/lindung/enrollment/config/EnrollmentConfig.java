package id.lindung.enrollment.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of enrollment-service ({@code lindung.enrollment.*}). */
@ConfigMapping(prefix = "lindung.enrollment")
public interface EnrollmentConfig {

    Nik nik();

    Ingestion ingestion();

    /** Keys protecting the NIK at rest; production takes them from a secret store, never from the code. */
    interface Nik {

        /** Base64 key of the HMAC-SHA256 index used to find a participant by NIK (at least 32 bytes). */
        String hashKey();

        /** Base64 AES-256 key (32 bytes) with which the NIK is stored (AES-GCM). */
        String encryptionKey();
    }

    interface Ingestion {

        /** Most records one REST request may carry. */
        @WithDefault("10000")
        int maxRecordsPerRequest();

        /** First pause before a batch is retried after a transient failure (doubles up to 30 s). */
        @WithDefault("PT0.5S")
        Duration retryBackoff();
    }
}
