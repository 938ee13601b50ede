package id.lindung.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.lindung.devstack.LindungService;

/** How the checks find the keys a service needs, from its sources alone. */
class ConfigDerivationTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/config");

    private final ServiceSources sample = ServiceSources.of("sample", FIXTURE.resolve("application.properties"),
            List.of(FIXTURE.resolve("java")));

    @Test
    void keysWithoutAnyProductionValueAreRequiredAndEverythingWithADefaultIsNot() {
        assertThat(sample.requiredKeys()).containsExactly(
                "sample.api-key", // a mapping member set only in %dev and %test
                "sample.broker", // @ConfigProperty without defaultValue
                "sample.every", // ${sample.every} in an annotation
                "sample.vault.password"); // ${sample.vault.password} in a %prod value
    }

    @Test
    void defaultsOptionalsMapsAndQuarkusOwnKeysAreNotRequiredButAreRead() {
        assertThat(sample.reads("sample.retries")).isTrue();
        assertThat(sample.reads("sample.region")).isTrue();
        assertThat(sample.reads("sample.tls.keystore")).isTrue();
        assertThat(sample.reads("sample.labels.team")).isTrue();
        assertThat(sample.reads("sample.later")).isTrue();
        assertThat(sample.reads("sample.unknown")).isFalse();
        assertThat(sample.keyOf("SAMPLE_DATABASE_USER")).contains("sample.database.user");
        assertThat(sample.keyOf("SAMPLE_ROUTES_API_TARGET")).isPresent();
        assertThat(sample.keyOf("SAMPLE_API_TOKEN")).isEmpty();
    }

    @Test
    void namesFollowSmallRyeKebabCase() {
        assertThat(ConfigDeclarations.kebab("maxRecordsPerRequest")).isEqualTo("max-records-per-request");
        assertThat(ConfigDeclarations.kebab("hashKey")).isEqualTo("hash-key");
        assertThat(ConfigDeclarations.kebab("jdbcURLPath")).isEqualTo("jdbc-url-path");
        assertThat(EnvNames.of("lindung.enrollment.nik.hash-key")).isEqualTo("LINDUNG_ENROLLMENT_NIK_HASH_KEY");
    }

    @Test
    void channelsNameTheTopicsAServiceConsumesAndProduces() {
        assertThat(sample.channelTopics().get("incoming")).containsExactly("sample.in");
        assertThat(sample.channelTopics().get("outgoing")).containsExactly("sample.out");
        assertThat(sample.httpPort()).hasValue(8099);
    }

    @Test
    void enrollmentServiceNeedsItsNikKeysAndEveryServiceItsConnections() {
        Suite.Configuration configuration = Suite.configuration();
        assertThat(configuration.requiredKeys(LindungService.ENROLLMENT)).contains(
                "lindung.enrollment.nik.hash-key", "lindung.enrollment.nik.encryption-key",
                "quarkus.datasource.jdbc.url", "quarkus.datasource.username", "quarkus.datasource.password",
                "kafka.bootstrap.servers", "mp.jwt.verify.publickey.location", "mp.jwt.verify.issuer")
                .as("the region list ships in the jar; lindung.regions.path only overrides it")
                .doesNotContain("lindung.regions.path");
        assertThat(configuration.requiredKeys(LindungService.GATEWAY)).contains(
                "lindung.gateway.backends.enrollment", "lindung.gateway.backends.budget",
                "lindung.gateway.backends.reporting", "mp.jwt.verify.publickey.location")
                .doesNotContain("quarkus.datasource.jdbc.url", "kafka.bootstrap.servers");
        System.out.println("Required configuration per service, derived from the sources and the devstack:");
        Suite.services().forEach(service -> System.out.printf("  %s: %s%n", service.module(),
                configuration.requiredKeys(service)));
        Suite.services().forEach(service -> configuration.unreadDevstackKeys(service).forEach(key -> System.out
                .printf("  note: the devstack gives %s %s, which it does not read%n", service.module(), key)));
    }
}
