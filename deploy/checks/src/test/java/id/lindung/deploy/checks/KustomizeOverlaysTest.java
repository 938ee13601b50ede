package id.lindung.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The kustomizations build. The test assembles them itself (resources, namespace, images, replicas, patches), so
 * that it needs no kustomize binary; where kubectl is installed, it also runs {@code kubectl kustomize} and requires
 * the same objects, which keeps the assembler honest.
 */
class KustomizeOverlaysTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void theKustomizationBuildsAndMatchesKubectlKustomizeWhereKubectlIsInstalled(String kustomization) {
        Path dir = Repo.path("deploy/k8s").resolve(kustomization);

        List<ObjectNode> built = Kustomize.build(dir);
        Kustomize.writeTo(Path.of("target/kustomize").resolve(kustomization + ".yaml"), built);

        assertThat(built).isNotEmpty();
        Optional<List<JsonNode>> kubectl = Kustomize.kubectl(dir);
        if (kubectl.isPresent()) {
            Map<String, JsonNode> ours = byId(built);
            Map<String, JsonNode> theirs = byId(kubectl.get());
            assertThat(ours.keySet()).as("objects").containsExactlyElementsOf(theirs.keySet());
            ours.forEach((id, object) -> assertThat(Yamls.difference(theirs.get(id), object, id))
                    .as("kubectl kustomize vs. the assembly").isEmpty());
            System.out.printf("%s: %d objects, the same as kubectl kustomize%n", kustomization, built.size());
        } else {
            System.out.printf("%s: %d objects (no kubectl on the PATH to compare with)%n", kustomization,
                    built.size());
        }
    }

    private static Map<String, JsonNode> byId(List<? extends JsonNode> objects) {
        Map<String, JsonNode> byId = new TreeMap<>();
        objects.forEach(object -> byId.put(object.path("apiVersion").asText() + " " + Kustomize.id(object), object));
        return byId;
    }
}
