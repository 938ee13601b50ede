package id.lindung.deploy.checks;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import id.lindung.devstack.LindungService;

/**
 * What a service's own sources say about its configuration in production: its {@code application.properties} and the
 * Java sources of its module and of the Lindung modules it depends on at runtime (read from the poms). Nothing here is
 * a hard-coded list of keys, so a key renamed in the sources changes what the checks expect.
 */
final class ServiceSources {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)(:[^}]*)?}");
    private static final Pattern CHANNEL_TOPIC = Pattern
            .compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.topic");
    private static final Map<String, ServiceSources> CACHE = new ConcurrentHashMap<>();

    private final String name;
    private final Map<String, String> production;
    private final Set<String> everyProfile;
    private final ConfigDeclarations declarations;

    private ServiceSources(String name, Map<String, String> production, Set<String> everyProfile,
            ConfigDeclarations declarations) {
        this.name = name;
        this.production = production;
        this.everyProfile = everyProfile;
        this.declarations = declarations;
    }

    /** The sources of one of the suite's services, read once per test run. */
    static ServiceSources of(LindungService service) {
        return CACHE.computeIfAbsent(service.module(), module -> {
            Path moduleDir = Repo.path(module);
            return of(module, moduleDir.resolve("src/main/resources/application.properties"),
                    runtimeModules(Repo.ROOT, moduleDir).stream().map(dir -> dir.resolve("src/main/java")).toList());
        });
    }

    static ServiceSources of(String name, Path applicationProperties, List<Path> sourceRoots) {
        Properties properties = new Properties();
        if (Files.isRegularFile(applicationProperties)) {
            try (Reader reader = new StringReader(Repo.read(applicationProperties))) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, String> unprofiled = new TreeMap<>();
        Map<String, String> prod = new TreeMap<>();
        Set<String> everyProfile = new TreeSet<>();
        for (String entry : properties.stringPropertyNames()) {
            String value = properties.getProperty(entry).trim();
            if (entry.startsWith("%")) {
                int dot = entry.indexOf('.');
                String key = entry.substring(dot + 1);
                everyProfile.add(key);
                if (List.of(entry.substring(1, dot).split(",")).contains("prod")) {
                    prod.put(key, value);
                }
            } else {
                everyProfile.add(entry);
                unprofiled.put(entry, value);
            }
        }
        Map<String, String> production = new TreeMap<>(unprofiled);
        production.putAll(prod);
        // an empty value means "not set" to MicroProfile Config
        production.values().removeIf(String::isEmpty);
        return new ServiceSources(name, production, everyProfile, ConfigDeclarations.scan(sourceRoots));
    }

    String name() {
        return name;
    }

    /** The properties in effect in the prod profile (unprofiled ones overridden by {@code %prod.}). */
    Map<String, String> production() {
        return production;
    }

    /**
     * The keys start-up fails without, that nothing in the sources gives a value in production: mapping members
     * without {@code @WithDefault} that are not {@code Optional} (or in a map), {@code @ConfigProperty} injections
     * without a default, and {@code ${key}} expressions without a default, in annotations or in the properties.
     * Quarkus' own keys ({@code quarkus.*}) are left out: Quarkus supplies or defaults them.
     */
    Set<String> requiredKeys() {
        Set<String> required = new TreeSet<>();
        for (ConfigDeclarations.Key key : declarations.keys()) {
            if (key.required() && !key.map()) {
                required.add(key.key());
            }
        }
        for (String value : production.values()) {
            Matcher expression = EXPRESSION.matcher(value);
            while (expression.find()) {
                if (expression.group(2) == null) {
                    required.add(expression.group(1));
                }
            }
        }
        required.removeIf(key -> key.startsWith("quarkus.") || production.containsKey(key));
        return required;
    }

    /** Whether the service reads the key: a property, a mapping member or map entry, an injection, an expression. */
    boolean reads(String key) {
        return everyProfile.contains(key) || declarations.keys().stream().anyMatch(declared -> declared.covers(key));
    }

    /** The key an environment variable sets for this service, if the service reads one of that name. */
    Optional<String> keyOf(String environmentVariable) {
        List<String> candidates = new ArrayList<>(everyProfile);
        declarations.keys().stream().filter(key -> !key.map()).map(ConfigDeclarations.Key::key).forEach(candidates::add);
        Optional<String> exact = candidates.stream()
                .filter(key -> EnvNames.of(key).equals(environmentVariable))
                .findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        return declarations.keys().stream()
                .filter(ConfigDeclarations.Key::map)
                .filter(key -> environmentVariable.startsWith(EnvNames.of(key.key()) + "_"))
                .map(key -> key.key() + "." + environmentVariable.substring(EnvNames.of(key.key()).length() + 1)
                        .toLowerCase(java.util.Locale.ROOT))
                .findFirst();
    }

    /** Where each required key is declared, for messages. */
    String origin(String key) {
        return declarations.keys().stream()
                .filter(declared -> declared.key().equals(key))
                .map(ConfigDeclarations.Key::origin)
                .findFirst()
                .orElse("application.properties");
    }

    /** Topics by direction: {@code incoming} (consumed) and {@code outgoing} (produced by a channel). */
    Map<String, Set<String>> channelTopics() {
        Map<String, Set<String>> topics = new LinkedHashMap<>();
        topics.put("incoming", new TreeSet<>());
        topics.put("outgoing", new TreeSet<>());
        production.forEach((key, value) -> {
            Matcher channel = CHANNEL_TOPIC.matcher(key);
            if (channel.matches()) {
                topics.get(channel.group(1)).add(value);
            }
        });
        return topics;
    }

    OptionalInt httpPort() {
        String port = production.get("quarkus.http.port");
        return port == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(port));
    }

    /** Connections the service's pool opens at most (Quarkus' default is 20). */
    int connectionPoolSize() {
        return Integer.parseInt(production.getOrDefault("quarkus.datasource.jdbc.max-size", "20"));
    }

    /**
     * The module and the Lindung modules it depends on at runtime (compile or runtime scope, transitively), found by
     * reading the poms of the root pom's modules.
     */
    static List<Path> runtimeModules(Path root, Path moduleDir) {
        Map<String, Path> modulesByArtifact = new LinkedHashMap<>();
        Element rootPom = pom(root.resolve("pom.xml"));
        String groupId = text(rootPom, "groupId");
        NodeList modules = rootPom.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            Path dir = root.resolve(modules.item(i).getTextContent().trim());
            if (Files.isRegularFile(dir.resolve("pom.xml"))) {
                modulesByArtifact.put(text(pom(dir.resolve("pom.xml")), "artifactId"), dir);
            }
        }
        Set<Path> found = new LinkedHashSet<>();
        Deque<Path> todo = new ArrayDeque<>(List.of(moduleDir));
        while (!todo.isEmpty()) {
            Path dir = todo.pop();
            if (!found.add(dir)) {
                continue;
            }
            NodeList dependencies = pom(dir.resolve("pom.xml")).getElementsByTagName("dependency");
            for (int i = 0; i < dependencies.getLength(); i++) {
                Element dependency = (Element) dependencies.item(i);
                if (!(dependency.getParentNode() instanceof Element parent)
                        || !parent.getParentNode().getNodeName().equals("project")) {
                    continue; // dependencyManagement or a plugin's dependencies
                }
                String scope = text(dependency, "scope");
                String dependencyGroup = text(dependency, "groupId");
                boolean lindung = dependencyGroup.equals(groupId) || dependencyGroup.equals("${project.groupId}");
                if (lindung && (scope.isEmpty() || scope.equals("compile") || scope.equals("runtime"))) {
                    Path dependencyDir = modulesByArtifact.get(text(dependency, "artifactId"));
                    if (dependencyDir != null) {
                        todo.add(dependencyDir);
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static Element pom(Path file) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    /** The text of a direct child element, or "". */
    private static String text(Element element, String child) {
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element candidate && candidate.getTagName().equals(child)) {
                return candidate.getTextContent().trim();
            }
        }
        return "";
    }
}
