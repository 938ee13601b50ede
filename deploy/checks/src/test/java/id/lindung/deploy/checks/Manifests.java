package id.lindung.deploy.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** The objects of one kustomize build, each read into its typed model. */
final class Manifests {

    static final Path K8S = Path.of("deploy/k8s");
    private static final Map<String, Manifests> BUILDS = new ConcurrentHashMap<>();

    private final String name;
    private final List<Object> objects = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private Manifests(String name, List<? extends JsonNode> documents) {
        this.name = name;
        for (JsonNode document : documents) {
            StrictModel.Parsed parsed = StrictModel.parse(document, name);
            problems.addAll(parsed.problems());
            if (parsed.object() != null) {
                objects.add(parsed.object());
            }
        }
    }

    /** The build of {@code deploy/k8s/<kustomization>}: base, overlays/dev or overlays/prod (built once per run). */
    static Manifests build(String kustomization) {
        return BUILDS.computeIfAbsent(kustomization,
                name -> new Manifests(name, Kustomize.build(Repo.ROOT.resolve(K8S).resolve(name))));
    }

    static Manifests of(String name, List<? extends JsonNode> documents) {
        return new Manifests(name, documents);
    }

    /** Every YAML file under deploy/k8s. */
    static List<Path> files() {
        try (Stream<Path> files = Files.walk(Repo.ROOT.resolve(K8S))) {
            return files.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return name;
    }

    /** What kept objects from being read strictly. */
    List<String> problems() {
        return problems;
    }

    <T> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> named(Class<T> type, String objectName) {
        return all(type).stream().filter(object -> object.getMetadata().getName().equals(objectName)).findFirst();
    }

    /** The namespace the build puts its objects in ("default" when it sets none). */
    String namespace() {
        return all(HasMetadata.class).stream()
                .map(object -> object.getMetadata().getNamespace())
                .filter(namespace -> namespace != null)
                .findFirst()
                .orElse("default");
    }
}
