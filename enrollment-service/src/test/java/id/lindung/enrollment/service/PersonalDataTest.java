package id.lindung.enrollment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import id.lindung.enrollment.config.EnrollmentConfig;

class PersonalDataTest {

    private static final String NIK = "3603014501900001";

    private static EnrollmentConfig config(String hashKey, String encryptionKey) {
        return new EnrollmentConfig() {
            @Override
            public Nik nik() {
                return new Nik() {
                    @Override
                    public String hashKey() {
                        return hashKey;
                    }

                    @Override
                    public String encryptionKey() {
                        return encryptionKey;
                    }
                };
            }

            @Override
            public Ingestion ingestion() {
                return new Ingestion() {
                    @Override
                    public int maxRecordsPerRequest() {
                        return 10_000;
                    }

                    @Override
                    public Duration retryBackoff() {
                        return Duration.ofMillis(1);
                    }
                };
            }
        };
    }

    private static String key(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    private final PersonalData data = new PersonalData(
            config(key("a-hash-key-of-at-least-32-bytes!!"), key("an-aes-key-of-exactly-32-bytes!!")));

    @Test
    void theNikIndexIsAStableKeyedHashThatDependsOnTheKey() {
        PersonalData otherKey = new PersonalData(
                config(key("another-hash-key-of-32-bytes-or-more"), key("an-aes-key-of-exactly-32-bytes!!")));

        assertThat(data.hash(NIK)).isEqualTo(data.hash(NIK)).hasSize(32);
        assertThat(data.hash(NIK)).isNotEqualTo(data.hash("3603014501900002"));
        assertThat(otherKey.hash(NIK)).isNotEqualTo(data.hash(NIK));
    }

    @Test
    void theStoredNikIsEncryptedWithAFreshIvAndDecryptsBack() {
        byte[] first = data.encrypt(NIK);
        byte[] second = data.encrypt(NIK);

        assertThat(first).isNotEqualTo(second);
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain(NIK);
        assertThat(data.decrypt(first)).isEqualTo(NIK);
        assertThat(data.decrypt(second)).isEqualTo(NIK);
    }

    @Test
    void aTamperedValueOrAnotherKeyCannotDecrypt() {
        byte[] stored = data.encrypt(NIK);
        PersonalData otherKey = new PersonalData(
                config(key("a-hash-key-of-at-least-32-bytes!!"), key("another-aes-key-exactly-32-bytes")));
        byte[] tampered = stored.clone();
        tampered[tampered.length - 1] ^= 1;

        assertThatThrownBy(() -> otherKey.decrypt(stored)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> data.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keysOfTheWrongSizeAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new PersonalData(config(key("short"), key("an-aes-key-of-exactly-32-bytes!!"))))
                .hasMessageContaining("hash-key");
        assertThatThrownBy(() -> new PersonalData(config(key("a-hash-key-of-at-least-32-bytes!!"), key("short"))))
                .hasMessageContaining("encryption-key");
        assertThatThrownBy(() -> new PersonalData(config("not base64!", key("an-aes-key-of-exactly-32-bytes!!"))))
                .hasMessageContaining("base64");
    }
}
