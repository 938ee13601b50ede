package id.lindung.systemtests;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Every API operation of an OpenAPI document, each with a valid request within one region, so that the scope table
 * covers a new operation without anyone adding it. Values come from the document (parameter and body examples, the
 * roles of its {@code x-roles}), with three overrides: path and query parameters that name a region or a record
 * take the test's region and the ids of records made in it ({@code fixtures}), a body's region fields take the test's
 * region, and fields that must be unique per request ({@code eventId}, {@code externalRef}) get fresh values.
 */
final class ScopedOperations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> UNIQUE_FIELDS = Set.of("eventId", "externalRef", "sp2dNumber");

    /** One operation of the document: what it is called, who may call it, and how to build a valid call. */
    record Operation(String method, String path, Set<String> roles, JsonNode definition) {

        String name() {
            return method + " " + path;
        }
    }

    private ScopedOperations() {
    }

    /** The operations under {@code /api/} of the OpenAPI document served at the base URL, in path order. */
    static List<Operation> of(String baseUrl) {
        JsonNode doc = readJson(given().baseUri(baseUrl).accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            path.getValue().fields().forEachRemaining(operation -> {
                if (METHODS.contains(operation.getKey())) {
                    operations.add(new Operation(operation.getKey().toUpperCase(), path.getKey(),
                            roles(operation.getValue()), operation.getValue()));
                }
            });
        }
        // writes that remove records last, so that the reads of the same records still find them
        operations.sort(Comparator.comparing((Operation operation) -> operation.method().equals("DELETE"))
                .thenComparing(Operation::name));
        return operations;
    }

    /** The roles the operation admits: its {@code @RolesAllowed}, which every service documents as {@code x-roles}. */
    private static Set<String> roles(JsonNode operation) {
        Set<String> roles = new TreeSet<>();
        operation.path("x-roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }

    /**
     * A valid request for the operation on top of {@code spec}, within {@code region}.
     *
     * @param fixtures the value of a path or query parameter, by the collection it follows ({@code budget-lines})
     *        or by its name ({@code region}, {@code year}); empty when the document's example is to be used
     */
    static RequestSpecification request(Operation operation, RequestSpecification spec, String region,
            Function<String, Optional<String>> fixtures) {
        RequestSpecification request = given().spec(spec).urlEncodingEnabled(true);
        for (JsonNode parameter : operation.definition().path("parameters")) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            switch (in) {
                case "query" -> {
                    Optional<String> value = fixtures.apply(name);
                    if (value.isEmpty() && parameter.path("required").asBoolean()) {
                        value = example(parameter);
                    }
                    value.ifPresent(v -> request.queryParam(name, v));
                }
                case "header" -> header(name).or(() -> parameter.path("required").asBoolean()
                        ? example(parameter)
                        : Optional.empty()).ifPresent(v -> request.header(name, v));
                default -> {
                }
            }
        }
        body(operation, region).ifPresent(body -> request.contentType(ContentType.JSON).body(body));
        return request;
    }

    /** The path with every parameter filled in, or a failure naming the parameter that has no value. */
    static String path(Operation operation, Function<String, Optional<String>> fixtures) {
        Matcher matcher = PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String before = operation.path().substring(0, matcher.start());
            String collection = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
            String value = fixtures.apply(collection + "/" + name).or(() -> fixtures.apply(name))
                    .or(() -> parameter(operation, name).flatMap(ScopedOperations::example))
                    .orElseThrow(() -> new IllegalStateException(operation.name() + ": no value for the path parameter "
                            + name + "; give it an example in the OpenAPI document or a fixture in RegionScopeIT"));
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static Optional<JsonNode> parameter(Operation operation, String name) {
        for (JsonNode parameter : operation.definition().path("parameters")) {
            if (parameter.path("name").asText().equals(name)) {
                return Optional.of(parameter);
            }
        }
        return Optional.empty();
    }

    /** Headers every write needs a fresh value of; If-Match takes any version (412 is an answer past the scope). */
    private static Optional<String> header(String name) {
        return switch (name.toLowerCase()) {
            case "idempotency-key" -> Optional.of(UUID.randomUUID().toString());
            case "if-match" -> Optional.of("\"0\"");
            default -> Optional.empty();
        };
    }

    private static Optional<String> example(JsonNode holder) {
        JsonNode example = holder.has("example") ? holder.get("example") : holder.path("schema").path("example");
        return example.isMissingNode() || example.isNull() ? Optional.empty() : Optional.of(example.asText());
    }

    /** The JSON body example of the operation, adapted to the region, or empty when it takes no JSON body. */
    private static Optional<String> body(Operation operation, String region) {
        JsonNode content = operation.definition().path("requestBody").path("content");
        JsonNode media = content.has("application/json") ? content.get("application/json") : null;
        if (media == null) {
            return Optional.empty();
        }
        JsonNode example = media.has("example") ? media.get("example") : null;
        if (example == null && media.path("examples").isObject() && media.path("examples").size() > 0) {
            example = media.path("examples").elements().next().path("value");
        }
        if (example == null || example.isMissingNode()) {
            throw new IllegalStateException(operation.name() + " has a JSON body without an example in the OpenAPI"
                    + " document; the scope table needs one to send a valid request");
        }
        JsonNode body = example.isTextual() ? readJson(example.asText()) : example.deepCopy();
        adapt(body, region);
        return Optional.of(body.toString());
    }

    /** Region fields to the test's region; unique fields to fresh values. */
    private static void adapt(JsonNode node, String region) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (value.isTextual() && name.equals("region")) {
                    object.put(name, region);
                } else if (value.isTextual() && UNIQUE_FIELDS.contains(name)) {
                    object.put(name, name.equals("eventId")
                            ? UUID.randomUUID().toString()
                            : "SCOPE-" + UUID.randomUUID().toString().substring(0, 8));
                } else {
                    adapt(value, region);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(element -> adapt(element, region));
        }
    }

    static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not JSON: " + text, e);
        }
    }
}
