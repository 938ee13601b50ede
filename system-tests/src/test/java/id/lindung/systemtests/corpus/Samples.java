package id.lindung.systemtests.corpus;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Valid-looking values made from a schema alone, for what the document gives no example of. */
final class Samples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ApiDoc doc;

    Samples(ApiDoc doc) {
        this.doc = doc;
    }

    JsonNode of(JsonNode schema) {
        return of(doc.resolve(schema), 0);
    }

    private JsonNode of(JsonNode schema, int depth) {
        if (schema == null || depth > 8) {
            return NODES.nullNode();
        }
        for (String key : new String[]{"example", "default"}) {
            if (schema.has(key)) {
                return schema.get(key);
            }
        }
        if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
            return schema.path("examples").get(0);
        }
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0);
        }
        return switch (Schemas.type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").properties().forEach(property -> object.set(property.getKey(),
                        of(doc.resolve(property.getValue()), depth + 1)));
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(of(doc.resolve(schema.path("items")), depth + 1));
                yield array;
            }
            case "integer", "number" -> NODES.numberNode(schema.path("minimum").asLong(1));
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.textNode(text(schema));
        };
    }

    /** A string of the schema's format; also the value of a parameter without an example. */
    static String text(JsonNode schema) {
        return switch (schema.path("format").asText()) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> "2025-01-01";
            case "date-time" -> "2025-01-15T08:00:00+07:00";
            case "int32", "int64" -> schema.path("minimum").asText("1");
            default -> "x";
        };
    }
}
