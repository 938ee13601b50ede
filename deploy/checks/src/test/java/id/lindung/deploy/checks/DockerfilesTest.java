package id.lindung.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import id.lindung.devstack.LindungService;

/** Each service's src/main/docker/Dockerfile.jvm: a small JRE 21 image, non-root, the fast-jar, no configuration. */
class DockerfilesTest {

    /** Small JRE 21 bases: Temurin's JRE images or Red Hat's UBI OpenJDK 21 runtime. */
    private static final Pattern SMALL_JRE_21 = Pattern.compile(
            "(docker\\.io/(library/)?)?eclipse-temurin:21[0-9._+]*-jre(-alpine|-noble|-jammy|-ubi9-minimal)?"
                    + "|registry\\.access\\.redhat\\.com/ubi9/openjdk-21-runtime(:[0-9.-]+)?");

    @ParameterizedTest
    @EnumSource(LindungService.class)
    void theImageIsASmallJre21RunningTheFastJarAsANonRootUser(LindungService service) {
        Optional<Dockerfile> found = Dockerfile.of(service);
        assertThat(found).as(service.module() + "/" + Dockerfile.LOCATION).isPresent();
        Dockerfile dockerfile = found.get();

        assertThat(dockerfile.baseImage()).matches(SMALL_JRE_21);
        assertThat(dockerfile.user()).as("USER").hasValueSatisfying(
                user -> assertThat(user.split(":")[0]).isNotIn("root", "0"));
        assertThat(dockerfile.copiedSources()).isNotEmpty()
                .allSatisfy(source -> assertThat(source).startsWith("target/quarkus-app/"));
        assertThat(String.join(" ", dockerfile.all("ENTRYPOINT")) + String.join(" ", dockerfile.all("CMD")))
                .contains("quarkus-run.jar");
    }

    @ParameterizedTest
    @EnumSource(LindungService.class)
    void theImageExposesThePortOfDesignMdAndCarriesNoConfigurationKeysOrRegionList(LindungService service) {
        Dockerfile dockerfile = Dockerfile.of(service).orElseThrow();

        assertThat(dockerfile.exposedPorts()).containsExactly(service.defaultPort());
        assertThat(dockerfile.environmentNames()).as("configuration comes from the environment at run time")
                .noneMatch(name -> name.matches("(QUARKUS|LINDUNG|MP|KAFKA|SMALLRYE)_.*"));
        assertThat(dockerfile.copiedSources()).as("no key, secret or region list baked in")
                .noneMatch(source -> source.matches(".*\\.(pem|key|p12|jks|csv)$") || source.contains("secret"));
    }
}
