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
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Merges the services' OpenAPI documents into the one a client of the gateway needs: only paths the gateway routes to
 * the service that documents them (so every path listed works through the gateway), their components, their tags, and
 * the bearer scheme every operation needs. Components with the same name and the same content are kept once; a name
 * two services use for different things is qualified with the service ({@code budget.Page}) and that service's
 * references follow it.
 */
public final class OpenApiMerger {

    private static final String COMPONENT_REF = "#/components/";
    private static final String BEARER = "bearer";

    private OpenApiMerger() {
    }

    /**
     * @param name the service's name, used to qualify clashing component names
     * @param owns which paths the gateway routes to this service
     */
    public record ServiceDocument(String name, JsonNode document, Predicate<String> owns) {
    }

    public static ObjectNode merge(List<ServiceDocument> services, String title, String version) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode merged = nodes.objectNode();
        merged.put("openapi", services.stream()
                .map(service -> service.document().path("openapi").asText(""))
                .filter(openapi -> !openapi.isEmpty())
                .findFirst()
                .orElse("3.1.0"));
        merged.putObject("info").put("title", title).put("version", version);
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = nodes.objectNode();
        ArrayNode tags = nodes.arrayNode();
        Set<String> tagNames = new HashSet<>();

        for (ServiceDocument service : services) {
            ObjectNode document = qualifyClashes(service, components);
            document.path("components").properties().forEach(section -> section.getValue().properties()
                    .forEach(component -> components.withObjectProperty(section.getKey())
                            .set(component.getKey(), component.getValue())));
            document.path("paths").properties().stream()
                    .filter(path -> service.owns().test(path.getKey()))
                    .forEach(path -> paths.set(path.getKey(), path.getValue()));
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

    /**
     * A copy of the service's document in which every component that clashes with an already merged one is renamed.
     * Renaming changes the references inside other components, which may then clash in turn, so it repeats until no
     * new clash appears.
     */
    private static ObjectNode qualifyClashes(ServiceDocument service, ObjectNode merged) {
        Map<String, String> renames = new HashMap<>();
        while (true) {
            ObjectNode document = service.document().deepCopy();
            rewriteReferences(document, renames);
            renameComponents(document, renames);
            Map<String, String> clashes = new HashMap<>();
            document.path("components").properties().forEach(section -> section.getValue().properties()
                    .forEach(component -> {
                        JsonNode existing = merged.path(section.getKey()).get(component.getKey());
                        String ref = COMPONENT_REF + section.getKey() + "/" + component.getKey();
                        if (existing != null && !existing.equals(component.getValue()) && !renames.containsValue(ref)) {
                            clashes.put(ref, COMPONENT_REF + section.getKey() + "/" + service.name() + "."
                                    + component.getKey());
                        }
                    }));
            if (clashes.isEmpty()) {
                return document;
            }
            renames.putAll(clashes);
        }
    }

    private static void renameComponents(ObjectNode document, Map<String, String> renames) {
        renames.forEach((from, to) -> {
            String[] fromParts = from.substring(COMPONENT_REF.length()).split("/", 2);
            String toName = to.substring(to.lastIndexOf('/') + 1);
            ObjectNode section = (ObjectNode) document.path("components").path(fromParts[0]);
            section.set(toName, section.remove(fromParts[1]));
        });
    }

    /** References are {@code $ref} values and discriminator mappings, both strings starting with {@code #/components/}. */
    private static void rewriteReferences(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> {
                if (field.getValue().isTextual()) {
                    String renamed = renamed(field.getValue().asText(), renames);
                    if (renamed != null) {
                        field.setValue(TextNode.valueOf(renamed));
                    }
                } else {
                    rewriteReferences(field.getValue(), renames);
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> rewriteReferences(element, renames));
        }
    }

    /** The new reference for {@code ref}, also when it points inside a renamed component; null when unchanged. */
    private static String renamed(String ref, Map<String, String> renames) {
        if (!ref.startsWith(COMPONENT_REF)) {
            return null;
        }
        for (Map.Entry<String, String> rename : renames.entrySet()) {
            String from = rename.getKey();
            if (ref.equals(from) || ref.startsWith(from + "/")) {
                return rename.getValue() + ref.substring(from.length());
            }
        }
        return null;
    }
}
