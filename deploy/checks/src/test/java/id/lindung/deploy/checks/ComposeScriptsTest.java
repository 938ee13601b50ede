package id.lindung.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two scripts a Docker user runs (README, "Run with Docker Compose"): init-secrets.sh makes every secret the
 * compose file mounts, token.sh signs tokens the services accept. They need sh and openssl, like the user.
 */
class ComposeScriptsTest {

    @TempDir
    static Path work;
    private static Path secrets;

    @BeforeAll
    static void runInitSecretsInACopy() throws Exception {
        assumeTrue(runs("openssl", "version"), "openssl is not installed");
        Path scripts = Files.createDirectories(work.resolve("deploy/docker"));
        Files.copy(Repo.ROOT.resolve(ComposeChecks.INIT_SECRETS), scripts.resolve("init-secrets.sh"));
        Files.copy(Repo.path("deploy/docker/token.sh"), scripts.resolve("token.sh"));
        run(Map.of(), "sh", scripts.resolve("init-secrets.sh").toString());
        secrets = scripts.resolve("secrets");
    }

    @Test
    void initSecretsMakesEverySecretTheComposeFileMountsAndKeepsThemOnASecondRun() throws Exception {
        Compose compose = Compose.ofRepository();
        List<String> files = new ArrayList<>();
        compose.root().path("secrets").forEach(secret -> files.add(Path.of(secret.path("file").asText())
                .getFileName().toString()));
        files.add("jwt-public.pem");
        Map<String, String> before = new TreeMap<>();
        for (String file : files) {
            assertThat(secrets.resolve(file)).as(file).isNotEmptyFile();
            before.put(file, Files.readString(secrets.resolve(file)));
        }
        assertThat(Base64.getDecoder().decode(before.get("nik-hash-key").trim())).hasSize(32);
        assertThat(Base64.getDecoder().decode(before.get("nik-encryption-key").trim())).hasSize(32);
        assertThat(publicKey().getAlgorithm()).isEqualTo("RSA");

        run(Map.of(), "sh", secrets.getParent().resolve("init-secrets.sh").toString());

        for (String file : files) {
            assertThat(Files.readString(secrets.resolve(file))).as(file + " is kept").isEqualTo(before.get(file));
        }
    }

    @Test
    void tokenShSignsATokenWithTheIssuerAudienceRolesAndRegionTheServicesCheck() throws Exception {
        String token = run(Map.of("LINDUNG_ENV_FILE", Repo.path(".env").toString()), "sh",
                secrets.getParent().resolve("token.sh").toString(), "--role", "finance,planner", "--region",
                "36.03", "--subject", "alice", "--ttl", "600").trim();

        Map<String, String> dotEnv = Compose.ofRepository().dotEnv();
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKey(publicKey())
                .setExpectedIssuer(dotEnv.get("LINDUNG_JWT_ISSUER"))
                .setExpectedAudience(dotEnv.get("LINDUNG_JWT_AUDIENCE"))
                .setRequireExpirationTime()
                .setRequireSubject()
                .build()
                .processToClaims(token);

        assertThat(claims.getSubject()).isEqualTo("alice");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("finance", "planner");
        assertThat(claims.getStringClaimValue("region")).isEqualTo("36.03");
        assertThat(claims.getStringClaimValue("upn")).isEqualTo("alice");
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(600);
    }

    private static PublicKey publicKey() throws Exception {
        String pem = Files.readString(secrets.resolve("jwt-public.pem"))
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String run(Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        String error = new String(process.getErrorStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + error).isZero();
        return output;
    }
}
