package id.lindung.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

import id.lindung.devstack.LindungService;
import id.lindung.devstack.Topics;

/** docker-compose.yml runs the suite of ./lindung up: the same services, configuration, topics and databases. */
class DockerComposeTest {

    private final Compose compose = Compose.ofRepository();
    private final Suite.Configuration configuration = Suite.configuration();

    @Test
    void theFileUsesOnlyAttributesOfTheComposeSpecificationAndVariablesSetInDotEnv() {
        assertThat(ComposeChecks.attributes(compose)).isEmpty();
        assertThat(compose.interpolationProblems()).isEmpty();
    }

    @Test
    void everyServiceIsBuiltFromItsOwnDockerfileAndTaggedWithTheProjectVersion() {
        assertThat(ComposeChecks.servicesAndImages(compose)).isEmpty();
    }

    @Test
    void everyContainerThatKeepsRunningHasAHealthCheckThatItsDependentsWaitFor() {
        assertThat(ComposeChecks.healthChecks(compose)).isEmpty();
    }

    @Test
    void everyServiceGetsExactlyTheConfigurationItsSourcesAndTheDevstackCallFor() {
        assertThat(ComposeChecks.environment(compose, configuration)).isEmpty();
    }

    @Test
    void onlyTheGatewayPublishesAPortAndItIs8080() {
        assertThat(ComposeChecks.ports(compose)).isEmpty();
    }

    @Test
    void theTopicsOfDesignMdAreCreatedBeforeAnyServiceStarts() {
        assertThat(ComposeChecks.topics(compose)).isEmpty();
        assertThat(ComposeChecks.createdTopics(compose).keySet()).containsExactlyInAnyOrderElementsOf(Suite.topics());
    }

    @Test
    void noDeadLetterTopicIsKeptLongerThanItsSource() {
        assertThat(ComposeChecks.deadLetterRetentions(compose)).isEmpty();
        assertThat(ComposeChecks.topicRetentions(compose)).containsEntry("bpjs.enrollment-events.dlq", 604_800_000L)
                .allSatisfy((topic, retention) -> assertThat(retention).as("%s as the devstack keeps it", topic)
                        .isEqualTo(Topics.retentionMs(topic)));
    }

    @Test
    void postgresCreatesOneDatabaseAndOneRoleForEachServiceWithThePasswordTheServiceReads() {
        assertThat(ComposeChecks.databases(compose)).isEmpty();
        assertThat(ComposeChecks.initDatabases().keySet()).containsExactlyInAnyOrderElementsOf(Suite.databases());
    }

    @Test
    void theJwtPublicKeyAndTheRegionListAreMountedAndEverySecretIsMadeByInitSecrets() {
        assertThat(ComposeChecks.mounts(compose)).isEmpty();
        assertThat(ComposeChecks.secretFiles(compose)).isEmpty();
    }

    // What the checks catch: the same checks on deliberately broken copies.

    @Test
    void aRenamedConfigurationKeyBreaksTheCheck(@TempDir Path sources) throws IOException {
        Path module = Repo.path(LindungService.ENROLLMENT.module());
        Path config = module.resolve("src/main/java/id/lindung/enrollment/config/EnrollmentConfig.java");
        Path copy = sources.resolve("EnrollmentConfig.java");
        Files.writeString(copy, Repo.read(config).replace("String hashKey();", "String indexKey();"));
        List<Path> roots = ServiceSources.runtimeModules(Repo.ROOT, module).stream()
                .filter(dir -> !dir.equals(module))
                .map(dir -> dir.resolve("src/main/java"))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        roots.add(sources);
        Path properties = sources.resolve("application.properties");
        Files.writeString(properties, Repo.read(module.resolve("src/main/resources/application.properties"))
                .replace("nik.hash-key", "nik.index-key"));
        ServiceSources renamed = ServiceSources.of("enrollment-service (hashKey renamed to indexKey)", properties,
                roots);

        List<String> problems = ComposeChecks.environment(compose,
                configuration.with(LindungService.ENROLLMENT, renamed));

        assertThat(problems).anySatisfy(problem -> assertThat(problem)
                .contains("enrollment-service needs LINDUNG_ENROLLMENT_NIK_INDEX_KEY"));
        assertThat(problems).anySatisfy(problem -> assertThat(problem)
                .contains("gets LINDUNG_ENROLLMENT_NIK_HASH_KEY, which is no key its configuration reads"));
        System.out.println("A renamed key (EnrollmentConfig.Nik.hashKey -> indexKey) is reported as:");
        problems.forEach(problem -> System.out.println("  " + problem));
    }

    @Test
    void aServiceWithoutHealthCheckOrWithAPublishedPortOrAMissingTopicIsCaught() {
        Compose broken = compose.copy();
        ObjectNode services = (ObjectNode) broken.root().get("services");
        ((ObjectNode) services.get("budget-service")).remove("healthcheck");
        ((ObjectNode) services.get("postgres")).putArray("ports").add("5432:5432");
        ObjectNode topics = (ObjectNode) services.get("kafka-topics").get("environment");
        topics.put("TOPICS", topics.get("TOPICS").asText().replace("budget.events.dlq:1:2592000000", ""));
        ((ObjectNode) services.get("reporting-service")).put("helthcheck", "typo");

        List<String> problems = ComposeChecks.all(broken, configuration);

        assertThat(problems).contains("budget-service has no health check",
                "postgres publishes [\"5432:5432\"]; only the gateway may",
                "topics not created: [budget.events.dlq]",
                "services.reporting-service: unknown attribute helthcheck");
    }

    @Test
    void theTraceUiOfTheTracingProfileIsTheOnlyOtherPublishedPortAndAProfileDoesNotExemptTheSuite() {
        assertThat(compose.service("jaeger")).hasValueSatisfying(jaeger -> assertThat(jaeger.path("profiles").get(0)
                .asText()).isEqualTo("tracing"));

        Compose broken = compose.copy();
        ObjectNode services = (ObjectNode) broken.root().get("services");
        ((ObjectNode) services.get("jaeger")).putArray("ports").add("16686:16686");
        ObjectNode budget = (ObjectNode) services.get("budget-service");
        budget.putArray("profiles").add("tracing");
        budget.putArray("ports").add("127.0.0.1:8082:8082");

        assertThat(ComposeChecks.ports(broken)).containsExactlyInAnyOrder(
                "jaeger publishes \"16686:16686\" on every interface; bind it to one address",
                "budget-service publishes [\"127.0.0.1:8082:8082\"]; only the gateway may");
    }

    @Test
    void aSecretWrittenIntoTheFileIsCaught() {
        Compose broken = compose.copy();
        ObjectNode enrollment = (ObjectNode) broken.root().get("services").get("enrollment-service");
        enrollment.remove("secrets");
        ((ObjectNode) enrollment.get("environment")).put("QUARKUS_DATASOURCE_PASSWORD", "enrollment");

        assertThat(ComposeChecks.environment(broken, configuration)).contains(
                "enrollment-service needs QUARKUS_DATASOURCE_PASSWORD (quarkus.datasource.password) as a secret,"
                        + " not written into the file");
    }
}
