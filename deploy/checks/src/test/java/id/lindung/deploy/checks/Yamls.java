package id.lindung.deploy.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Multi-document YAML as Jackson trees (Kubernetes manifests use no anchors). */
final class Yamls {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Yamls() {
    }

    static List<JsonNode> documents(Path file) {
        return documents(Repo.read(file), file.toString());
    }

    /** Each document of the stream; a document that is a list stays one list (no unwrapping). */
    static List<JsonNode> documents(String text, String where) {
        List<JsonNode> documents = new ArrayList<>();
        try (JsonParser parser = YAML.getFactory().createParser(text)) {
            while (parser.nextToken() != null) {
                JsonNode document = YAML.readTree(parser);
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Not valid YAML: " + where + ": " + e.getMessage(), e);
        }
        return documents;
    }

    /**
     * Where two trees first differ, e.g. {@code .spec.rules[0].host: "a" != "b"}, or empty when they are equal; keeps
     * a failed comparison readable.
     */
    static Optional<String> difference(JsonNode expected, JsonNode actual, String path) {
        if (expected.equals(actual)) {
            return Optional.empty();
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode left = expected.path(name);
                JsonNode right = actual.path(name);
                if (!left.equals(right)) {
                    return left.isMissingNode() || right.isMissingNode()
                            ? Optional.of(path + "." + name + ": " + left + " != " + right)
                            : difference(left, right, path + "." + name);
                }
            }
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                Optional<String> inner = difference(expected.get(i), actual.get(i), path + "[" + i + "]");
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.of(path + ": " + expected + " != " + actual);
    }
}
