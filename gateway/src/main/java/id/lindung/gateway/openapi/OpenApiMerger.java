package id.lindung.gateway.openapi;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Merges the services' OpenAPI documents into the one a client of the gateway needs: only paths the gateway routes to
 * the service that documents them (so every path listed works through the gateway), their components, their tags, the
 * bearer scheme every operation needs and one relative server. A component two services define alike is kept once. Two
 * services that give one name to different things, or one operationId to two operations, make the merge fail with
 * {@link ConflictingDocumentsException}: names are part of the API (generated clients are built from them), so a clash
 * is a defect to fix in a service, never something to rename here.
 */
public final class OpenApiMerger {

    private static final String BEARER = "bearer";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiMerger() {
    }

    /**
     * @param name the service's name, for the message of a clash
     * @param owns which paths the gateway routes to this service
     */
    public record ServiceDocument(String name, JsonNode document, Predicate<String> owns) {
    }

    /** The documents cannot be merged without changing a name one of them gives. */
    public static final class ConflictingDocumentsException extends RuntimeException {

        ConflictingDocumentsException(String message) {
            super(message);
        }
    }

    public static ObjectNode merge(List<ServiceDocument> services, String title, String version, String description) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode merged = nodes.objectNode();
        merged.put("openapi", services.stream()
                .map(service -> service.document().path("openapi").asText(""))
                .filter(openapi -> !openapi.isEmpty())
                .findFirst()
                .orElse("3.1.0"));
        merged.putObject("info").put("title", title).put("version", version).put("description", description);
        merged.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = nodes.objectNode();
        Map<String, String> componentOwners = new HashMap<>();
        Map<String, String> operationOwners = new HashMap<>();
        ArrayNode tags = nodes.arrayNode();
        Set<String> tagNames = new HashSet<>();

        for (ServiceDocument service : services) {
            JsonNode document = service.document();
            document.path("components").properties().forEach(section -> section.getValue().properties()
                    .forEach(component -> {
                        String name = section.getKey() + "/" + component.getKey();
                        JsonNode existing = components.path(section.getKey()).get(component.getKey());
                        if (existing != null && !existing.equals(component.getValue())) {
                            throw new ConflictingDocumentsException("components/" + name + " of "
                                    + service.name() + " differs from the one of " + componentOwners.get(name));
                        }
                        componentOwners.putIfAbsent(name, service.name());
                        components.withObjectProperty(section.getKey()).set(component.getKey(), component.getValue());
                    }));
            document.path("paths").properties().stream()
                    .filter(path -> service.owns().test(path.getKey()))
                    .forEach(path -> {
                        path.getValue().properties().stream()
                                .filter(operation -> METHODS.contains(operation.getKey()))
                                .map(operation -> operation.getValue().path("operationId").asText(""))
                                .filter(id -> !id.isEmpty())
                                .forEach(id -> {
                                    String owner = operationOwners.putIfAbsent(id, service.name() + " " + path.getKey());
                                    if (owner != null) {
                                        throw new ConflictingDocumentsException("operationId " + id + " of "
                                                + service.name() + " " + path.getKey() + " is also " + owner);
                                    }
                                });
                        paths.set(path.getKey(), path.getValue());
                    });
            for (JsonNode tag : document.path("tags")) {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            }
        }

        components.withObjectProperty("securitySchemes").putObject(BEARER)
                .put("type", "http")
                .put("scheme", "bearer")
                .put("bearerFormat", "JWT")
                .put("description", "RS256 token of the identity provider; roles in the groups claim");
        merged.set("components", components);
        merged.putArray("security").addObject().putArray(BEARER);
        if (!tags.isEmpty()) {
            merged.set("tags", tags);
        }
        return merged;
    }
}
