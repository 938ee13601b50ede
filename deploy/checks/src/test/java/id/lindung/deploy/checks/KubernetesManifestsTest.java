package id.lindung.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.apps.Deployment;

/** The manifests under deploy/k8s, read strictly, and what the base and each overlay deploy. */
class KubernetesManifestsTest {

    private final Suite.Configuration configuration = Suite.configuration();

    @Test
    void everyManifestFileReadsStrictlyWithTheFabric8StrimziOrCloudNativePgModel() {
        List<String> problems = new ArrayList<>();
        int documents = 0;
        for (Path file : Manifests.files()) {
            String where = Repo.ROOT.relativize(file).toString();
            if (file.getFileName().toString().equals("kustomization.yaml")) {
                Kustomize.read(file.getParent()); // unknown fields fail here
                continue;
            }
            for (JsonNode document : Yamls.documents(file)) {
                problems.addAll(StrictModel.parse(document, where).problems());
                documents++;
            }
        }
        assertThat(problems).isEmpty();
        assertThat(documents).isGreaterThan(30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyServiceHasItsDeploymentServiceConfigMapDisruptionBudgetAndAutoscaler(String kustomization) {
        assertThat(KubernetesChecks.workloads(Manifests.build(kustomization))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyDeploymentHasHealthProbesResourceLimitsAndRunsRestricted(String kustomization) {
        assertThat(KubernetesChecks.pods(Manifests.build(kustomization))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyImageOfAnOverlayHasAFixedTag(String kustomization) {
        Manifests manifests = Manifests.build(kustomization);
        assertThat(KubernetesChecks.images(manifests)).isEmpty();
        if (kustomization.equals("overlays/dev")) {
            // dev runs what this tree builds, tagged like docker-compose.yml's images
            assertThat(manifests.all(Deployment.class)).allSatisfy(deployment -> assertThat(
                    KubernetesChecks.mainContainer(deployment).getImage()).endsWith(":" + ComposeChecks.projectVersion()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyServiceGetsExactlyTheConfigurationItsSourcesAndTheDevstackCallFor(String kustomization) {
        assertThat(KubernetesChecks.environment(Manifests.build(kustomization), configuration)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void kafkaRunsInKRaftModeWithThreeBrokersAndEveryTopicOfDesignMd(String kustomization) {
        Manifests manifests = Manifests.build(kustomization);
        assertThat(KubernetesChecks.kafka(manifests, configuration)).isEmpty();
        assertThat(KubernetesChecks.topics(manifests)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void postgresHasThreeInstancesAndADatabaseAndRoleForEachServiceThatOwnsOne(String kustomization) {
        assertThat(KubernetesChecks.postgres(Manifests.build(kustomization))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void onlyTheGatewayTakesOutsideTrafficAndOnlyTheServicesReachPostgresAndKafka(String kustomization) {
        assertThat(KubernetesChecks.exposure(Manifests.build(kustomization), configuration)).isEmpty();
    }
}
