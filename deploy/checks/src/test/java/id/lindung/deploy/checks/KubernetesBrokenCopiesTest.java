package id.lindung.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the Kubernetes checks catch: the prod overlay, deliberately broken in one place at a time. */
class KubernetesBrokenCopiesTest {

    private final Suite.Configuration configuration = Suite.configuration();

    @Test
    void aMisspeltFieldIsCaughtInBuiltInStrimziAndCloudNativePgObjects() {
        Manifests broken = prodWith(objects -> {
            container(find(objects, "Deployment", "budget-service")).set("livenesProbe",
                    container(find(objects, "Deployment", "budget-service")).get("livenessProbe"));
            ((ObjectNode) find(objects, "Kafka", "lindung").get("spec").get("kafka")).put("replica", 3);
            ((ObjectNode) find(objects, "Cluster", "lindung-db").get("spec")).put("instance", 3);
        });

        assertThat(broken.problems()).containsExactlyInAnyOrder(
                "overlays/prod Deployment/budget-service: unknown field spec.template.spec.containers[0].livenesProbe",
                "overlays/prod Kafka/lindung: unknown field spec.kafka.replica",
                "overlays/prod Cluster/lindung-db: unknown field spec.instance");
    }

    @Test
    void aMissingProbeOrLimitIsCaught() {
        Manifests broken = prodWith(objects -> {
            container(find(objects, "Deployment", "reporting-service")).remove("readinessProbe");
            ((ObjectNode) container(find(objects, "Deployment", "gateway")).get("resources")).remove("limits");
        });

        assertThat(KubernetesChecks.pods(broken)).containsExactlyInAnyOrder(
                "reporting-service/reporting-service: no readinessProbe (HTTP on /q/health/*)",
                "gateway/gateway: needs a cpu request and limit",
                "gateway/gateway: needs a memory request and limit");
    }

    @Test
    void aRenamedVariableInAConfigMapIsCaught() {
        Manifests broken = prodWith(objects -> {
            ObjectNode data = (ObjectNode) find(objects, "ConfigMap", "reporting-service").get("data");
            data.set("KAFKA_BOOTSTRAP_SERVER", data.remove("KAFKA_BOOTSTRAP_SERVERS"));
        });

        assertThat(KubernetesChecks.environment(broken, configuration)).containsExactlyInAnyOrder(
                "reporting-service needs KAFKA_BOOTSTRAP_SERVERS (kafka.bootstrap.servers)",
                "reporting-service gets KAFKA_BOOTSTRAP_SERVER (ConfigMap reporting-service), which is no key its"
                        + " configuration reads");
    }

    @Test
    void aTopicWithTooFewReplicasOrPartitionsIsCaught() {
        Manifests broken = prodWith(objects -> {
            ObjectNode spec = (ObjectNode) find(objects, "KafkaTopic", "budget.events").get("spec");
            spec.put("replicas", 1);
            spec.put("partitions", 4);
        });

        assertThat(KubernetesChecks.topics(broken)).containsExactlyInAnyOrder(
                "budget.events: replicas must be 3, is 1",
                "budget.events: 4 partitions leave some of the up to 8 instances of reporting-service idle");
    }

    @Test
    void aDeadLetterTopicKeptLongerThanItsSourceIsCaught() {
        Manifests broken = prodWith(objects -> ((ObjectNode) find(objects, "KafkaTopic", "bpjs.enrollment-events.dlq")
                .at("/spec/config")).put("retention.ms", 2_592_000_000L));

        assertThat(KubernetesChecks.topics(broken)).containsExactly("bpjs.enrollment-events.dlq: retention.ms"
                + " 2592000000 is longer than its source's 604800000 (a dead letter must not outlive what it points to)");
    }

    @Test
    void anOpenDatabaseOrAnIngressToAServiceBehindTheGatewayIsCaught() {
        Manifests broken = prodWith(objects -> {
            // the first rule of the database's policy loses its "from": anyone may connect
            ((ObjectNode) find(objects, "NetworkPolicy", "lindung-db").at("/spec/ingress/0")).remove("from");
            ObjectNode path = (ObjectNode) find(objects, "Ingress", "lindung").at("/spec/rules/0/http/paths/0");
            ((ObjectNode) path.at("/backend/service")).put("name", "enrollment-service");
        });

        List<String> problems = KubernetesChecks.exposure(broken, configuration);

        assertThat(problems).contains(
                "Ingress lindung routes to enrollment-service; only the gateway takes outside traffic",
                "PostgreSQL is reachable from gateway",
                "PostgreSQL is reachable from a client outside (ingress controller)",
                "PostgreSQL is reachable from another pod of the namespace");
    }

    @Test
    void tooFewConnectionsForTheAutoscalersIsCaught() {
        Manifests broken = prodWith(objects -> ((ObjectNode) find(objects, "HorizontalPodAutoscaler",
                "enrollment-service").get("spec")).put("maxReplicas", 30));

        assertThat(KubernetesChecks.postgres(broken)).containsExactly("lindung-db: max_connections 600 is below the"
                + " 746 connections the services' pools open at their autoscalers' maximum");
    }

    private static Manifests prodWith(Consumer<List<ObjectNode>> change) {
        List<ObjectNode> objects = new java.util.ArrayList<>(
                Kustomize.build(Repo.ROOT.resolve(Manifests.K8S).resolve("overlays/prod")));
        change.accept(objects);
        return Manifests.of("overlays/prod", objects);
    }

    private static ObjectNode find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream()
                .filter(object -> object.path("kind").asText().equals(kind) && Kustomize.name(object).equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
    }

    private static ObjectNode container(ObjectNode deployment) {
        return (ObjectNode) ((ArrayNode) deployment.at("/spec/template/spec/containers")).get(0);
    }
}
