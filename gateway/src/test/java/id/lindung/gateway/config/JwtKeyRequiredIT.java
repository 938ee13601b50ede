package id.lindung.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged gateway as production runs it, without a token verification key. */
class JwtKeyRequiredIT {

    @Test
    void withoutAVerificationKeyTheGatewayRefusesToStartAndSaysWhatToSet(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("gateway.log");
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Dquarkus.http.port=0", "-jar", Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("MP_JWT") || name.startsWith("SMALLRYE_JWT"));
        Process gateway = builder.start();
        try {
            assertThat(gateway.waitFor(60, TimeUnit.SECONDS)).as("the gateway stopped by itself").isTrue();
            assertThat(gateway.exitValue()).isNotZero();
            assertThat(Files.readString(log)).contains(
                    "The gateway cannot verify bearer tokens: set MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        } finally {
            gateway.destroyForcibly();
        }
    }
}
