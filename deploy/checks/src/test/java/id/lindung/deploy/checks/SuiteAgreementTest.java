package id.lindung.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

import id.lindung.devstack.LindungService;

/**
 * docker-compose.yml, the Kubernetes overlays and ./lindung up (the devstack) describe the same suite: services,
 * ports, topics, databases and configuration keys.
 */
class SuiteAgreementTest {

    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| *`?([a-z-]+)`? *\\| *(\\d{4}) *\\|");

    private final Compose compose = Compose.ofRepository();

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void composeAndKubernetesRunTheServicesTopicsAndDatabasesOfTheDevstack(String overlay) {
        Manifests kubernetes = Manifests.build(overlay);
        Set<String> modules = Suite.services().stream().map(LindungService::module).collect(Collectors.toSet());

        assertThat(compose.services().keySet()).containsAll(modules);
        assertThat(kubernetes.all(Deployment.class)).extracting(deployment -> deployment.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(modules);

        assertThat(ComposeChecks.createdTopics(compose).keySet()).containsExactlyInAnyOrderElementsOf(Suite.topics());
        assertThat(kubernetes.all(KafkaTopic.class)).extracting(topic -> topic.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(Suite.topics());
        assertThat(Suite.topics()).as("docs/architecture.md")
                .containsExactlyInAnyOrderElementsOf(Suite.documentedTopics());

        assertThat(ComposeChecks.initDatabases().keySet()).containsExactlyInAnyOrderElementsOf(Suite.databases());
        assertThat(kubernetes.all(CloudNativePg.Database.class)).extracting(database -> database.spec().name())
                .containsExactlyInAnyOrderElementsOf(Suite.databases());
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void composeAndKubernetesGiveEachServiceTheSameConfigurationKeys(String overlay) {
        Manifests kubernetes = Manifests.build(overlay);
        for (LindungService service : Suite.services()) {
            var composeService = compose.service(service.module()).orElseThrow();
            Set<String> inCompose = Stream.concat(Compose.environment(composeService).keySet().stream(),
                    Compose.secretTargets(composeService).keySet().stream())
                    .filter(SuiteAgreementTest::isConfiguration)
                    .collect(Collectors.toCollection(TreeSet::new));
            Container container = KubernetesChecks.mainContainer(
                    kubernetes.named(Deployment.class, service.module()).orElseThrow());
            Set<String> inKubernetes = new TreeSet<>();
            container.getEnv().forEach(env -> inKubernetes.add(env.getName()));
            container.getEnvFrom().forEach(source -> kubernetes.named(ConfigMap.class,
                    source.getConfigMapRef().getName()).ifPresent(map -> inKubernetes.addAll(map.getData().keySet())));
            inKubernetes.removeIf(name -> !isConfiguration(name));

            assertThat(inKubernetes).as(service.module() + " in " + overlay + " vs. docker-compose.yml")
                    .isEqualTo(inCompose);
            Set<String> required = Suite.configuration().requiredKeys(service).stream().map(EnvNames::of)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(inCompose).as(service.module() + ": what the sources and the devstack require")
                    .containsAll(required);
        }
    }

    @Test
    void everyPortAgreesWithTheArchitectureNotesTheReadmeAndTheServicesOwnConfiguration() {
        Map<String, Integer> readme = ports(Repo.read(Repo.path("README.md")));
        for (LindungService service : Suite.services()) {
            assertThat(ServiceSources.of(service).httpPort()).as(service.module() + " application.properties")
                    .hasValue(service.defaultPort());
            assertThat(readme).as("README.md").containsEntry(service.module(), service.defaultPort());
        }
        Map<String, Integer> documented = ports(Repo.read(Repo.architectureNotes()));
        Suite.services().forEach(service -> assertThat(documented).as("docs/architecture.md")
                .containsEntry(service.module(), service.defaultPort()));
    }

    private static boolean isConfiguration(String name) {
        return name.matches("(QUARKUS|LINDUNG|MP|KAFKA|SMALLRYE)_.*");
    }

    private static Map<String, Integer> ports(String markdown) {
        Map<String, Integer> ports = new TreeMap<>();
        Matcher row = TABLE_ROW.matcher(markdown);
        while (row.find()) {
            ports.putIfAbsent(row.group(1), Integer.parseInt(row.group(2)));
        }
        return ports;
    }
}
