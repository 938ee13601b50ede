package id.lindung.systemtests.corpus;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The merged OpenAPI document of the gateway (JSON), read into {@link ApiOperation}s. Nothing here knows an operation or
 * a schema by name: a new operation is in the corpus as soon as the document has it.
 */
public final class ApiDoc {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final int MAX_REF_DEPTH = 20;

    private final JsonNode doc;

    private ApiDoc(JsonNode doc) {
        this.doc = doc;
    }

    public static ApiDoc parse(String json) {
        try {
            return new ApiDoc(JSON.readTree(json));
        } catch (Exception e) {
            throw new IllegalArgumentException("not an OpenAPI document in JSON", e);
        }
    }

    /** Every operation under {@code /api/}, in document order. */
    public List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> item : path.getValue().properties()) {
                if (METHODS.contains(item.getKey())) {
                    operations.add(operation(item.getKey().toUpperCase(Locale.ROOT), path.getKey(), item.getValue(),
                            path.getValue().path("parameters")));
                }
            }
        }
        return operations;
    }

    private ApiOperation operation(String method, String path, JsonNode operation, JsonNode shared) {
        List<ApiOperation.Parameter> parameters = new ArrayList<>();
        for (JsonNode list : List.of(shared, operation.path("parameters"))) {
            for (JsonNode parameter : list) {
                JsonNode resolved = resolve(parameter);
                ApiOperation.In in = switch (resolved.path("in").asText()) {
                    case "path" -> ApiOperation.In.PATH;
                    case "query" -> ApiOperation.In.QUERY;
                    case "header" -> ApiOperation.In.HEADER;
                    default -> null;
                };
                if (in != null) {
                    JsonNode schema = resolve(resolved.path("schema"));
                    parameters.add(new ApiOperation.Parameter(resolved.path("name").asText(), in,
                            resolved.path("required").asBoolean(in == ApiOperation.In.PATH), schema,
                            exampleText(resolved, schema)));
                }
            }
        }
        List<String> roles = new ArrayList<>();
        operation.path("x-roles").forEach(role -> roles.add(role.asText()));
        return new ApiOperation(method, path, parameters, roles, body(operation.path("requestBody")));
    }

    /** The JSON body, preferring {@code application/json} when several media types are offered. */
    private Optional<ApiOperation.Body> body(JsonNode requestBody) {
        JsonNode content = resolve(requestBody).path("content");
        Iterator<String> types = content.fieldNames();
        String chosen = null;
        while (types.hasNext()) {
            String type = types.next();
            if (type.equals("application/json") || chosen == null && type.endsWith("json")) {
                chosen = type;
            }
        }
        if (chosen == null) {
            return Optional.empty();
        }
        JsonNode media = content.path(chosen);
        JsonNode example = media.has("example") ? media.get("example") : null;
        if (example == null && media.path("examples").isObject() && !media.path("examples").isEmpty()) {
            example = resolve(media.path("examples").elements().next()).get("value");
        }
        if (example != null && example.isTextual()) {
            example = readOrKeep(example);
        }
        return Optional.of(new ApiOperation.Body(chosen, resolve(media.path("schema")), example));
    }

    /**
     * A schema with every {@code $ref} followed, its siblings merged over the target (SmallRye writes
     * {@code {"$ref": ..., "description": ...}}) and {@code allOf} parts merged into one.
     */
    public JsonNode resolve(JsonNode node) {
        return resolve(node, 0);
    }

    private JsonNode resolve(JsonNode node, int depth) {
        if (node == null || !node.isObject() || depth > MAX_REF_DEPTH) {
            return node;
        }
        ObjectNode merged = JSON.createObjectNode();
        if (node.has("$ref")) {
            merged.setAll((ObjectNode) resolve(target(node.get("$ref").asText()), depth + 1));
        }
        for (JsonNode part : node.path("allOf")) {
            JsonNode resolved = resolve(part, depth + 1);
            if (resolved.isObject()) {
                mergeInto(merged, (ObjectNode) resolved);
            }
        }
        node.properties().forEach(entry -> {
            if (!entry.getKey().equals("$ref") && !entry.getKey().equals("allOf")) {
                merged.set(entry.getKey(), entry.getValue());
            }
        });
        return merged;
    }

    private static void mergeInto(ObjectNode into, ObjectNode part) {
        part.properties().forEach(entry -> {
            if (entry.getKey().equals("properties") && into.path("properties").isObject()) {
                ((ObjectNode) into.get("properties")).setAll((ObjectNode) entry.getValue());
            } else {
                into.set(entry.getKey(), entry.getValue());
            }
        });
    }

    private JsonNode target(String ref) {
        if (!ref.startsWith("#/")) {
            return JSON.createObjectNode();
        }
        JsonNode node = doc;
        for (String segment : ref.substring(2).split("/")) {
            node = node.path(segment.replace("~1", "/").replace("~0", "~"));
        }
        return node;
    }

    private static String exampleText(JsonNode parameter, JsonNode schema) {
        for (JsonNode candidate : List.of(parameter.path("example"), schema.path("example"),
                parameter.path("examples").path(0), schema.path("examples").path(0), schema.path("default"))) {
            if (candidate.isValueNode() && !candidate.isNull()) {
                return candidate.asText();
            }
        }
        return null;
    }

    private static JsonNode readOrKeep(JsonNode text) {
        try {
            return JSON.readTree(text.asText());
        } catch (Exception e) {
            return text;
        }
    }
}
