package id.lindung.systemtests.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Every field of a body, found by walking its schema and its valid example together (nested objects, the first item of
 * arrays), and for each field the values that break it. Values are raw JSON bytes, so that a number beyond what any
 * parser holds ({@code 1e400}) or invalid UTF-8 can be sent.
 */
final class BodyMutations {

    /** Stands for the mutated value while the body is serialised, then replaced by the raw bytes. */
    private static final String PLACEHOLDER = "corpus-value-7f3a9c";
    private static final byte[] QUOTED_PLACEHOLDER = ("\"" + PLACEHOLDER + "\"").getBytes(StandardCharsets.UTF_8);
    private static final String HUGE = "a".repeat(100 * 1024);

    private final ApiDoc doc;

    BodyMutations(ApiDoc doc) {
        this.doc = doc;
    }

    /** Every mutation of every field of the body; each request made from one gets new idempotency keys. */
    List<Mutation> of(JsonNode schema, JsonNode baseline) {
        List<List<Object>> keys = new ArrayList<>();
        walk(doc.resolve(schema), baseline, new ArrayList<>(), field -> {
            if (field.isIdempotencyKey()) {
                keys.add(field.path());
            }
        });
        List<Mutation> mutations = new ArrayList<>();
        walk(doc.resolve(schema), baseline, new ArrayList<>(), field -> {
            for (BrokenValue broken : brokenValues(field.schema(), field.example())) {
                mutations.add(new Mutation(Mutation.Target.BODY, pointer(field.path()), broken.kind(),
                        request -> request.withBody(replaced(baseline, keys, field.path(), broken.raw()))));
            }
        });
        return mutations;
    }

    /** The valid body with new idempotency keys (fields whose schema says they are one, e.g. an eventId). */
    byte[] fresh(JsonNode schema, JsonNode baseline) {
        List<List<Object>> keys = new ArrayList<>();
        walk(doc.resolve(schema), baseline, new ArrayList<>(), field -> {
            if (field.isIdempotencyKey()) {
                keys.add(field.path());
            }
        });
        JsonNode copy = baseline.deepCopy();
        keys.forEach(key -> put(copy, key, TextNode.valueOf("corpus-" + UUID.randomUUID())));
        try {
            return ApiDoc.JSON.writeValueAsBytes(copy);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A field of the body met on the walk: where it is, its schema, and its example text if it has one. */
    private record Field(List<Object> path, JsonNode schema, String example) {

        boolean isIdempotencyKey() {
            return Schemas.type(schema).equals("string")
                    && schema.path("description").asText().toLowerCase(Locale.ROOT).contains("idempotency");
        }
    }

    private void walk(JsonNode schema, JsonNode value, List<Object> path, Consumer<Field> visit) {
        if (!path.isEmpty()) {
            visit.accept(new Field(List.copyOf(path), schema, value != null && value.isTextual() ? value.asText() : null));
        }
        if (value != null && value.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            schema.path("properties").fieldNames().forEachRemaining(names::add);
            value.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                path.add(name);
                walk(doc.resolve(schema.path("properties").path(name)), value.get(name), path, visit);
                path.removeLast();
            }
        } else if (value != null && value.isArray() && !value.isEmpty()) {
            path.add(0);
            walk(doc.resolve(schema.path("items")), value.get(0), path, visit);
            path.removeLast();
        }
    }

    private record BrokenValue(String kind, byte[] raw) {

        static BrokenValue json(String kind, String json) {
            return new BrokenValue(kind, json.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<BrokenValue> brokenValues(JsonNode schema, String example) {
        String type = Schemas.type(schema);
        List<BrokenValue> values = new ArrayList<>();
        values.add(BrokenValue.json("null", "null"));
        values.add(BrokenValue.json("wrong type", switch (type) {
            case "string" -> "12345";
            case "object" -> "[\"not\", \"an object\"]";
            case "array" -> "\"not an array\"";
            default -> "\"not a " + type + "\"";
        }));
        values.add(BrokenValue.json("empty value", switch (type) {
            case "object" -> "{}";
            case "array" -> "[]";
            default -> "\"\"";
        }));
        values.add(BrokenValue.json("100 kB string", "\"" + HUGE + "\""));
        values.add(BrokenValue.json("NUL character", "\"Siti\\u0000Aminah\""));
        values.add(BrokenValue.json("control characters", "\"a\\u0001\\u0007\\u001b\\u007fb\""));
        values.add(new BrokenValue("invalid UTF-8", new byte[]{'"', 'a', (byte) 0xC3, 0x28, (byte) 0xFF, 'b', '"'}));
        values.add(BrokenValue.json("2^63-1", "9223372036854775807"));
        values.add(BrokenValue.json("2^63", "9223372036854775808"));
        values.add(BrokenValue.json("1e400", "1e400"));
        values.add(BrokenValue.json("negative", "-1"));
        values.add(BrokenValue.json("below -2^63", "-9223372036854775809"));
        Schemas.DateShape shape = Schemas.dateShape(schema, example);
        if (shape != Schemas.DateShape.NONE) {
            for (String year : List.of("0000", "9999", "+999999999")) {
                values.add(BrokenValue.json("year " + year, "\"" + Schemas.inYear(shape, year) + "\""));
            }
        }
        if (Schemas.isEnum(schema)) {
            values.add(BrokenValue.json("unknown enum value", "\"NOT_A_KNOWN_VALUE\""));
        }
        return values;
    }

    /** The baseline with new idempotency keys and the value at the path replaced by raw JSON bytes. */
    private static byte[] replaced(JsonNode baseline, List<List<Object>> keys, List<Object> path, byte[] raw) {
        JsonNode copy = baseline.deepCopy();
        keys.forEach(key -> put(copy, key, TextNode.valueOf("corpus-" + UUID.randomUUID())));
        put(copy, path, TextNode.valueOf(PLACEHOLDER));
        try {
            return replace(ApiDoc.JSON.writeValueAsBytes(copy), QUOTED_PLACEHOLDER, raw);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            parent = path.get(i) instanceof Integer index ? parent.get(index) : parent.get((String) path.get(i));
        }
        if (path.getLast() instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) path.getLast(), value);
        }
    }

    private static byte[] replace(byte[] bytes, byte[] target, byte[] with) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + with.length);
        int i = 0;
        while (i < bytes.length) {
            if (startsWith(bytes, i, target)) {
                out.writeBytes(with);
                i += target.length;
            } else {
                out.write(bytes[i++]);
            }
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at + prefix.length > bytes.length) {
            return false;
        }
        for (int j = 0; j < prefix.length; j++) {
            if (bytes[at + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }

    /** {@code [0].payer.region}: the JSON path as problems name fields. */
    static String pointer(List<Object> path) {
        StringBuilder pointer = new StringBuilder();
        for (Object segment : path) {
            if (segment instanceof Integer index) {
                pointer.append('[').append(index).append(']');
            } else {
                if (!pointer.isEmpty()) {
                    pointer.append('.');
                }
                pointer.append(segment);
            }
        }
        return pointer.toString();
    }
}
