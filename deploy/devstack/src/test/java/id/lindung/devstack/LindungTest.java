package id.lindung.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.RsaKeyUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's commands that need no running suite. */
class LindungTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void tokenPrintsATokenSignedByTheKeysInDotLindung() throws Exception {
        int exitCode = lindung("token", "--role", "finance", "--region", "36.03", "--sub", "siti");

        assertThat(exitCode).isZero();
        String token = out.toString(StandardCharsets.UTF_8).trim();
        String publicKey = Files.readString(root.resolve(".lindung/jwt/public.pem"));
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKey(new RsaKeyUtil().fromPemEncoded(publicKey))
                .setExpectedIssuer(DevJwt.ISSUER)
                .setExpectedAudience(DevJwt.AUDIENCE)
                .build()
                .processToClaims(token);
        assertThat(claims.getSubject()).isEqualTo("siti");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("finance");
        assertThat(claims.getClaimValueAsString("region")).isEqualTo("36.03");
    }

    @Test
    void aTokenForAnUnknownRoleIsAUsageError() {
        assertThat(lindung("token", "--role", "superuser")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown role").contains("Usage: ./lindung");
    }

    @Test
    void resetDeletesDotLindungWhenNothingRuns() {
        lindung("token", "--role", "viewer");
        assertThat(root.resolve(".lindung")).isDirectory();

        assertThat(lindung("reset")).isZero();

        assertThat(root.resolve(".lindung")).doesNotExist();
    }

    @Test
    void statusTellsThatNothingRuns() {
        assertThat(lindung("status")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Lindung is not running");
    }

    @Test
    void stoppingAPartNeedsARunningLauncher() {
        assertThat(lindung("stop", "kafka")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Lindung is not running");
    }

    @Test
    void stoppingAnUnknownPartIsAUsageError() {
        assertThat(lindung("stop", "redis")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown part 'redis'")
                .contains("gateway, enrollment, budget, reporting, kafka, postgres");
    }

    @Test
    void anUnknownCommandShowsTheUsage() {
        assertThat(lindung("launch")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown command: launch").contains("up", "down");
    }

    private int lindung(String... args) {
        return new Lindung(root, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
    }
}
