package id.lindung.deploy.checks;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

/**
 * Reads a manifest into the typed model of its kind, strictly: built-in Kubernetes kinds with the fabric8 model
 * Quarkus ships, Strimzi kinds with {@code io.strimzi:api}, CloudNativePG kinds with {@link CloudNativePg}. Both
 * fabric8 and Strimzi keep fields they do not know in {@code additionalProperties} instead of failing, so every object
 * read is walked and any such field is reported: that is what {@code kubectl apply --validate=strict} would refuse.
 */
final class StrictModel {

    /** fabric8's registry of every kind; building it loads thousands of classes, so only when needed. */
    private static volatile KubernetesSerialization kubernetes;
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();
    private static final Map<String, Class<?>> CUSTOM = Map.of(
            "kafka.strimzi.io/v1beta2/Kafka", Kafka.class,
            "kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class,
            "kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class,
            CloudNativePg.API_VERSION + "/Cluster", CloudNativePg.Cluster.class,
            CloudNativePg.API_VERSION + "/Database", CloudNativePg.Database.class);
    /** The fabric8 classes of the built-in kinds the manifests use; any other kind goes through the registry. */
    private static final Map<String, Class<?>> BUILT_IN = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);
    private static final Set<String> MODEL_PACKAGES = Set.of("io.fabric8.", "io.strimzi.", "id.lindung.");
    private static final Map<Class<?>, List<Method>> GETTERS = new ConcurrentHashMap<>();

    private StrictModel() {
    }

    /** The typed object, or the problems that keep the manifest from being one. */
    record Parsed(Object object, List<String> problems) {

        boolean ok() {
            return problems.isEmpty();
        }

        <T> T as(Class<T> type) {
            return type.cast(object);
        }
    }

    static Parsed parse(JsonNode manifest, String where) {
        String id = where + " " + manifest.path("kind").asText("?") + "/"
                + manifest.path("metadata").path("name").asText("?");
        String type = manifest.path("apiVersion").asText() + "/" + manifest.path("kind").asText();
        Object object;
        try {
            Class<?> known = CUSTOM.getOrDefault(type, BUILT_IN.get(type));
            if (known != null) {
                object = STRICT.treeToValue(manifest, known);
            } else {
                if (kubernetes == null) {
                    kubernetes = new KubernetesSerialization();
                }
                KubernetesResource resource = kubernetes.unmarshal(manifest.toString());
                if (resource instanceof GenericKubernetesResource) {
                    return new Parsed(null, List.of(id + ": no model knows " + type
                            + " (a misspelt kind or apiVersion, or a kind these checks do not cover)"));
                }
                object = resource;
            }
        } catch (UnrecognizedPropertyException e) {
            String path = e.getPath().stream()
                    .map(reference -> reference.getFieldName() != null
                            ? "." + reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining());
            return new Parsed(null, List.of(id + ": unknown field " + path.substring(1)));
        } catch (JsonProcessingException | RuntimeException e) {
            return new Parsed(null, List.of(id + ": " + firstLine(e)));
        }
        List<String> problems = new ArrayList<>();
        unknownFields(object, "", problems, new IdentityHashMap<>());
        return new Parsed(object, problems.stream().map(problem -> id + ": unknown field " + problem).toList());
    }

    private static void unknownFields(Object value, String path, List<String> problems,
            IdentityHashMap<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> unknownFields(item, path + "." + key, problems, seen));
            return;
        }
        if (value instanceof Collection<?> collection) {
            int index = 0;
            for (Object item : collection) {
                unknownFields(item, path + "[" + index++ + "]", problems, seen);
            }
            return;
        }
        if (!isModel(value.getClass())) {
            return;
        }
        for (Method getter : getters(value.getClass())) {
            Object property;
            try {
                property = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (property instanceof Map<?, ?> additional && !additional.isEmpty()) {
                    additional.keySet().forEach(key -> problems.add((path.isEmpty() ? "" : path.substring(1) + ".")
                            + key));
                }
            } else {
                unknownFields(property, path + "." + propertyName(getter), problems, seen);
            }
        }
    }

    private static boolean isModel(Class<?> type) {
        return !type.isEnum() && MODEL_PACKAGES.stream().anyMatch(type.getName()::startsWith);
    }

    private static List<Method> getters(Class<?> type) {
        return GETTERS.computeIfAbsent(type, key -> {
            List<Method> getters = new ArrayList<>();
            for (Method method : key.getMethods()) {
                boolean getter = method.getName().startsWith("get") && method.getName().length() > 3
                        || key.isRecord() && isRecordComponent(key, method.getName());
                if (getter && method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                        && !method.getReturnType().isPrimitive() && method.getDeclaringClass() != Object.class
                        && isModel(method.getDeclaringClass())) {
                    getters.add(method);
                }
            }
            return getters;
        });
    }

    private static boolean isRecordComponent(Class<?> type, String name) {
        for (var component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String propertyName(Method getter) {
        String name = getter.getName();
        return name.startsWith("get") ? Character.toLowerCase(name.charAt(3)) + name.substring(4) : name;
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
