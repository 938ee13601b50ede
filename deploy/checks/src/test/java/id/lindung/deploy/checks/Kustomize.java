package id.lindung.deploy.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Builds a kustomization the way {@code kustomize build} does, for the features the Lindung manifests use:
 * {@code resources} (files and directories), {@code namespace}, {@code images}, {@code replicas} and {@code patches}
 * (strategic merge patches from files, JSON 6902 patches inline). Any other kustomization field fails to read, so a
 * feature this assembler does not know cannot slip through. Where {@code kubectl} is installed, {@link #kubectl(Path)}
 * gives the real result to compare with.
 */
final class Kustomize {

    private static final ObjectMapper STRICT_YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "IngressClass", "PriorityClass",
            "GatewayClass", "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "APIService");
    private static final Set<String> SCALABLE = Set.of("Deployment", "StatefulSet", "ReplicaSet",
            "ReplicationController");
    /** Strategic merge keys of the built-in lists the patches touch (from the Kubernetes API's patchMergeKey). */
    private static final Map<String, String> MERGE_KEYS = Map.of("containers", "name", "initContainers", "name",
            "ephemeralContainers", "name", "env", "name", "volumes", "name", "volumeMounts", "mountPath",
            "imagePullSecrets", "name");

    record Kustomization(String apiVersion, String kind, String namespace, List<String> resources,
            List<Patch> patches, List<Image> images, List<Replica> replicas) {
    }

    record Patch(String path, String patch, Target target) {
    }

    record Target(String group, String version, String kind, String name, String namespace) {
    }

    record Image(String name, String newName, String newTag, String digest) {
    }

    record Replica(String name, int count) {
    }

    private Kustomize() {
    }

    static Kustomization read(Path dir) {
        try {
            return STRICT_YAML.readValue(Repo.read(dir.resolve("kustomization.yaml")), Kustomization.class);
        } catch (IOException e) {
            throw new IllegalStateException(dir.resolve("kustomization.yaml") + ": " + e.getMessage(), e);
        }
    }

    /** The objects the kustomization in {@code dir} produces. */
    static List<ObjectNode> build(Path dir) {
        Kustomization kustomization = read(dir);
        List<ObjectNode> objects = new ArrayList<>();
        for (String resource : list(kustomization.resources())) {
            Path path = dir.resolve(resource).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(build(path));
            } else if (Files.isRegularFile(path)) {
                Yamls.documents(path).forEach(document -> objects.add((ObjectNode) document));
            } else {
                throw new IllegalStateException(dir + ": resource " + resource + " does not exist");
            }
        }
        requireUnique(objects, dir);
        for (Patch patch : list(kustomization.patches())) {
            applyPatch(dir, patch, objects);
        }
        for (Replica replica : list(kustomization.replicas())) {
            List<ObjectNode> targets = objects.stream()
                    .filter(object -> SCALABLE.contains(object.path("kind").asText()) && name(object)
                            .equals(replica.name()))
                    .toList();
            if (targets.isEmpty()) {
                throw new IllegalStateException(dir + ": replicas for " + replica.name() + " match nothing");
            }
            targets.forEach(target -> ((ObjectNode) target.path("spec")).put("replicas", replica.count()));
        }
        for (Image image : list(kustomization.images())) {
            objects.forEach(object -> setImages(object, image));
        }
        if (kustomization.namespace() != null) {
            objects.stream()
                    .filter(object -> !CLUSTER_SCOPED.contains(object.path("kind").asText()))
                    .forEach(object -> ((ObjectNode) object.get("metadata")).put("namespace",
                            kustomization.namespace()));
        }
        return objects;
    }

    /** The output of {@code kubectl kustomize dir}, when kubectl is on the PATH. */
    static Optional<List<JsonNode>> kubectl(Path dir) {
        try {
            Process process = new ProcessBuilder("kubectl", "kustomize", dir.toString())
                    .redirectErrorStream(false)
                    .start();
            String output = new String(process.getInputStream().readAllBytes());
            String error = new String(process.getErrorStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + dir + " did not finish");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + dir + " failed: " + error);
            }
            return Optional.of(Yamls.documents(output, "kubectl kustomize " + dir));
        } catch (IOException e) {
            return Optional.empty(); // no kubectl
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code kind/namespace/name} of an object. */
    static String id(JsonNode object) {
        return object.path("kind").asText() + "/" + object.path("metadata").path("namespace").asText("") + "/"
                + name(object);
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    private static void applyPatch(Path dir, Patch patch, List<ObjectNode> objects) {
        if (patch.path() != null) {
            Path file = dir.resolve(patch.path());
            for (JsonNode document : Yamls.documents(file)) {
                ObjectNode target = single(objects, document.path("kind").asText(), name(document),
                        apiGroup(document.path("apiVersion").asText()), file.toString());
                merge(target, (ObjectNode) document, isBuiltIn(target), file.toString());
            }
            return;
        }
        JsonNode body = Yamls.documents(patch.patch(), dir + " inline patch").get(0);
        Target target = patch.target();
        if (target == null) {
            throw new IllegalStateException(dir + ": an inline patch needs a target");
        }
        List<ObjectNode> targets = objects.stream()
                .filter(object -> target.kind() == null || target.kind().equals(object.path("kind").asText()))
                .filter(object -> target.name() == null || target.name().equals(name(object)))
                .filter(object -> target.group() == null
                        || target.group().equals(apiGroup(object.path("apiVersion").asText())))
                .toList();
        if (targets.isEmpty()) {
            throw new IllegalStateException(dir + ": the patch for " + target + " matches nothing");
        }
        for (ObjectNode object : targets) {
            if (body.isArray()) {
                body.forEach(operation -> jsonPatch(object, operation, dir.toString()));
            } else {
                merge(object, (ObjectNode) body, isBuiltIn(object), dir.toString());
            }
        }
    }

    private static ObjectNode single(List<ObjectNode> objects, String kind, String name, String group,
            String where) {
        List<ObjectNode> matches = objects.stream()
                .filter(object -> object.path("kind").asText().equals(kind) && name(object).equals(name)
                        && apiGroup(object.path("apiVersion").asText()).equals(group))
                .toList();
        if (matches.size() != 1) {
            throw new IllegalStateException(where + ": the patch of " + kind + "/" + name + " matches "
                    + matches.size() + " objects, must match one");
        }
        return matches.get(0);
    }

    /**
     * A strategic merge patch: maps merge, {@code null} removes a field; lists of built-in kinds with a merge key merge
     * item by item, any other list (and every list of a custom resource) is replaced.
     */
    static void merge(ObjectNode target, ObjectNode patch, boolean builtIn, String where) {
        patch.properties().forEach(entry -> {
            String field = entry.getKey();
            JsonNode value = entry.getValue();
            if (field.startsWith("$")) {
                throw new IllegalStateException(where + ": directive " + field + " is not supported here");
            }
            JsonNode existing = target.get(field);
            if (value.isNull()) {
                target.remove(field);
            } else if (value.isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, (ObjectNode) value, builtIn, where);
            } else if (value.isArray() && existing != null && existing.isArray() && builtIn
                    && MERGE_KEYS.containsKey(field)) {
                mergeList((ArrayNode) existing, (ArrayNode) value, MERGE_KEYS.get(field), where);
            } else {
                target.set(field, value.deepCopy());
            }
        });
    }

    private static void mergeList(ArrayNode existing, ArrayNode patch, String key, String where) {
        for (JsonNode item : patch) {
            JsonNode id = item.get(key);
            Optional<JsonNode> match = id == null
                    ? Optional.empty()
                    : java.util.stream.StreamSupport.stream(existing.spliterator(), false)
                            .filter(candidate -> id.equals(candidate.get(key)))
                            .findFirst();
            if (match.isPresent()) {
                merge((ObjectNode) match.get(), (ObjectNode) item, true, where);
            } else {
                existing.add(item.deepCopy());
            }
        }
    }

    private static void jsonPatch(ObjectNode object, JsonNode operation, String where) {
        String op = operation.path("op").asText();
        String path = operation.path("path").asText();
        JsonPointer pointer = JsonPointer.compile(path);
        JsonNode parent = object.at(pointer.head());
        String last = pointer.last().getMatchingProperty();
        if (parent.isMissingNode()) {
            throw new IllegalStateException(where + ": " + op + " " + path + ": the parent does not exist");
        }
        switch (op) {
            case "replace", "add" -> {
                JsonNode value = operation.get("value").deepCopy();
                if (parent.isObject()) {
                    if (op.equals("replace") && !parent.has(last)) {
                        throw new IllegalStateException(where + ": replace " + path + ": nothing to replace");
                    }
                    ((ObjectNode) parent).set(last, value);
                } else if (last.equals("-")) {
                    ((ArrayNode) parent).add(value);
                } else {
                    int index = Integer.parseInt(last);
                    if (op.equals("replace")) {
                        ((ArrayNode) parent).set(index, value);
                    } else {
                        ((ArrayNode) parent).insert(index, value);
                    }
                }
            }
            case "remove" -> {
                if (object.at(pointer).isMissingNode()) {
                    throw new IllegalStateException(where + ": remove " + path + ": nothing to remove");
                }
                if (parent.isObject()) {
                    ((ObjectNode) parent).remove(last);
                } else {
                    ((ArrayNode) parent).remove(Integer.parseInt(last));
                }
            }
            default -> throw new IllegalStateException(where + ": JSON patch operation " + op + " not supported");
        }
    }

    /** The images transformer: every container and init container image named {@code image.name}. */
    private static void setImages(JsonNode node, Image image) {
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                if ((entry.getKey().equals("containers") || entry.getKey().equals("initContainers"))
                        && entry.getValue().isArray()) {
                    entry.getValue().forEach(container -> {
                        String current = container.path("image").asText(null);
                        if (current != null && imageName(current).equals(image.name())) {
                            ((ObjectNode) container).put("image", newImage(current, image));
                        }
                    });
                }
                setImages(entry.getValue(), image);
            });
        } else if (node.isArray()) {
            node.forEach(item -> setImages(item, image));
        }
    }

    private static String imageName(String image) {
        String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int colon = withoutDigest.lastIndexOf(':');
        return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
    }

    private static String newImage(String current, Image image) {
        String name = image.newName() != null ? image.newName() : imageName(current);
        if (image.digest() != null) {
            return name + "@" + image.digest();
        }
        String rest = current.substring(imageName(current).length());
        return name + (image.newTag() != null ? ":" + image.newTag() : rest);
    }

    private static boolean isBuiltIn(JsonNode object) {
        String group = apiGroup(object.path("apiVersion").asText());
        return group.isEmpty() || !group.contains(".") || group.endsWith(".k8s.io");
    }

    private static String apiGroup(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    private static void requireUnique(List<ObjectNode> objects, Path dir) {
        Map<String, ObjectNode> seen = new LinkedHashMap<>();
        for (ObjectNode object : objects) {
            String key = object.path("apiVersion").asText() + " " + id(object);
            if (seen.put(key, object) != null) {
                throw new IllegalStateException(dir + ": " + key + " is declared twice");
            }
        }
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }

    static void writeTo(Path file, List<ObjectNode> objects) {
        try {
            StringBuilder out = new StringBuilder();
            for (ObjectNode object : objects) {
                out.append(Yamls.YAML.writeValueAsString(object));
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
