package id.lindung.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class JwtVerificationCheckTest {

    @Test
    void aCompleteSetupMissesNothing() {
        assertThat(JwtVerificationCheck.missing(Optional.of("https://idp/jwks"), Optional.of("https://idp"),
                Optional.of("lindung"))).isEmpty();
    }

    @Test
    void withoutAKeyTheMessageSaysWhichSettingToGive() {
        List<String> missing = JwtVerificationCheck.missing(Optional.empty(), Optional.of("https://idp"),
                Optional.of("lindung"));

        assertThat(JwtVerificationCheck.message(missing))
                .startsWith("The gateway cannot verify bearer tokens: set MP_JWT_VERIFY_PUBLICKEY_LOCATION")
                .doesNotContain("MP_JWT_VERIFY_ISSUER");
    }

    @Test
    void issuerAndAudienceAreRequiredToo() {
        assertThat(JwtVerificationCheck.missing(Optional.of("/keys/idp.pem"), Optional.empty(), Optional.empty()))
                .hasSize(2)
                .anyMatch(setting -> setting.startsWith("MP_JWT_VERIFY_ISSUER"))
                .anyMatch(setting -> setting.startsWith("MP_JWT_VERIFY_AUDIENCES"));
    }
}
