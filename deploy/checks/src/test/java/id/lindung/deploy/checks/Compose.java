package id.lindung.deploy.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * docker-compose.yml as docker compose reads it: YAML 1.1 with anchors and merge keys ({@code <<}), then every
 * {@code ${VARIABLE}} replaced from {@code .env} (with compose's {@code :-}, {@code -}, {@code :?}, {@code ?} and
 * {@code :+} forms, and {@code $$} for a literal dollar).
 */
final class Compose {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VARIABLE = Pattern
            .compile("\\$(?:\\$|\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}|([A-Za-z_][A-Za-z0-9_]*))");

    private final ObjectNode root;
    private final Map<String, String> dotEnv;
    private final List<String> interpolationProblems;

    private Compose(ObjectNode raw, Map<String, String> dotEnv) {
        this.dotEnv = dotEnv;
        this.interpolationProblems = new ArrayList<>();
        this.root = (ObjectNode) interpolate(raw);
    }

    private Compose(Compose original) {
        this.dotEnv = original.dotEnv;
        this.interpolationProblems = new ArrayList<>(original.interpolationProblems);
        this.root = original.root.deepCopy();
    }

    /** docker-compose.yml and .env of the repository. */
    static Compose ofRepository() {
        return parse(Repo.read(Repo.path("docker-compose.yml")), Repo.read(Repo.path(".env")));
    }

    static Compose parse(String composeYaml, String dotEnvText) {
        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(composeYaml);
        return new Compose((ObjectNode) JSON.valueToTree(loaded), dotEnv(dotEnvText));
    }

    /** A copy whose tree may be changed, to show what the checks catch. */
    Compose copy() {
        return new Compose(this);
    }

    ObjectNode root() {
        return root;
    }

    Map<String, String> dotEnv() {
        return dotEnv;
    }

    /** Variables the file uses that .env does not set and that have no default. */
    List<String> interpolationProblems() {
        return interpolationProblems;
    }

    Map<String, ObjectNode> services() {
        Map<String, ObjectNode> services = new LinkedHashMap<>();
        root.path("services").properties().forEach(entry -> services.put(entry.getKey(), (ObjectNode) entry.getValue()));
        return services;
    }

    Optional<ObjectNode> service(String name) {
        return Optional.ofNullable((ObjectNode) root.path("services").get(name));
    }

    /** The environment of a service, from its map or {@code KEY=VALUE} list form. */
    static Map<String, String> environment(JsonNode service) {
        Map<String, String> environment = new LinkedHashMap<>();
        JsonNode node = service.path("environment");
        if (node.isObject()) {
            node.properties().forEach(entry -> environment.put(entry.getKey(),
                    entry.getValue().isNull() ? "" : entry.getValue().asText()));
        } else if (node.isArray()) {
            node.forEach(item -> {
                String text = item.asText();
                int equals = text.indexOf('=');
                environment.put(equals < 0 ? text : text.substring(0, equals),
                        equals < 0 ? "" : text.substring(equals + 1));
            });
        }
        return environment;
    }

    /** The secrets a service mounts, by target file name (under /run/secrets) to the top-level secret's name. */
    static Map<String, String> secretTargets(JsonNode service) {
        Map<String, String> secrets = new LinkedHashMap<>();
        service.path("secrets").forEach(item -> {
            if (item.isTextual()) {
                secrets.put(item.asText(), item.asText());
            } else {
                String source = item.path("source").asText();
                secrets.put(item.path("target").asText(source), source);
            }
        });
        return secrets;
    }

    /** A service's mounts as (source, target) pairs, from the short ({@code src:dst[:ro]}) or long syntax. */
    static List<Mount> mounts(JsonNode service) {
        List<Mount> mounts = new ArrayList<>();
        service.path("volumes").forEach(item -> {
            if (item.isTextual()) {
                String[] parts = item.asText().split(":");
                mounts.add(new Mount(parts[0], parts.length > 1 ? parts[1] : parts[0]));
            } else {
                mounts.add(new Mount(item.path("source").asText(), item.path("target").asText()));
            }
        });
        return mounts;
    }

    record Mount(String source, String target) {

        boolean isBind() { return source.startsWith(".") || source.startsWith("/"); }

        Path hostPath() {
            return Repo.ROOT.resolve(source).normalize();
        }
    }

    /** The services a service waits for, with the condition ({@code service_started} for the list form). */
    static Map<String, String> dependsOn(JsonNode service) {
        Map<String, String> dependencies = new LinkedHashMap<>();
        JsonNode node = service.path("depends_on");
        if (node.isArray()) {
            node.forEach(item -> dependencies.put(item.asText(), "service_started"));
        } else {
            node.properties().forEach(entry -> dependencies.put(entry.getKey(),
                    entry.getValue().path("condition").asText("service_started")));
        }
        return dependencies;
    }

    private JsonNode interpolate(JsonNode node) {
        if (node.isTextual()) {
            return TextNode.valueOf(interpolate(node.asText()));
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), interpolate(field.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(interpolate(item)));
            return copy;
        }
        return node;
    }

    private String interpolate(String text) {
        Matcher variable = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            String replacement;
            if (variable.group().equals("$$")) {
                replacement = "$";
            } else {
                String name = variable.group(1) != null ? variable.group(1) : variable.group(4);
                String operator = variable.group(2);
                String argument = variable.group(3);
                String value = dotEnv.get(name);
                boolean empty = value == null || value.isEmpty();
                if (operator == null) {
                    if (value == null) {
                        interpolationProblems.add("${" + name + "} is not set in .env");
                    }
                    replacement = value == null ? "" : value;
                } else {
                    replacement = switch (operator) {
                        case ":-" -> empty ? argument : value;
                        case "-" -> value == null ? argument : value;
                        case ":+" -> empty ? "" : argument;
                        case "+" -> value == null ? "" : argument;
                        default -> { // :? and ?
                            if (operator.equals(":?") ? empty : value == null) {
                                interpolationProblems.add("${" + name + "} is not set in .env: " + argument);
                            }
                            yield value == null ? "" : value;
                        }
                    };
                }
            }
            variable.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        variable.appendTail(out);
        return out.toString();
    }

    /** {@code KEY=VALUE} lines; comments, blank lines and surrounding quotes as docker compose reads them. */
    private static Map<String, String> dotEnv(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                continue;
            }
            String name = trimmed.substring(0, trimmed.indexOf('=')).trim();
            String value = trimmed.substring(trimmed.indexOf('=') + 1).trim();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                    || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            values.put(name.startsWith("export ") ? name.substring(7).trim() : name, value);
        }
        return values;
    }
}
