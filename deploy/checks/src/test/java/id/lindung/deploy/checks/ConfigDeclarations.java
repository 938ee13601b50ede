package id.lindung.deploy.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;

/**
 * The configuration keys Java sources declare, read with the JDK's own parser (no compilation, no classpath):
 * {@code @ConfigMapping} interfaces (members, nested groups, maps, {@code @WithDefault}, {@code @WithName},
 * {@code Optional}), {@code @ConfigProperty} injection points and {@code ${key}} expressions in annotations such as
 * {@code @Scheduled(every = "${lindung.outbox.poll-interval:0.2s}")}.
 */
final class ConfigDeclarations {

    /**
     * One key a source declares.
     *
     * @param key the full key; for a map, its prefix ({@code lindung.gateway.routes}), every key below it belongs to it
     * @param required whether start-up fails without a value: no default, not optional, not inside a map
     * @param map whether {@link #key()} is the prefix of a map's entries
     * @param origin where it is declared, for messages
     */
    record Key(String key, boolean required, boolean map, String origin) {

        boolean covers(String candidate) {
            return map ? candidate.startsWith(key + ".") : candidate.equals(key);
        }
    }

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)(:[^}]*)?}");
    private static final Set<String> OPTIONAL_TYPES = Set.of("Optional", "OptionalInt", "OptionalLong",
            "OptionalDouble", "Provider", "Instance", "Supplier", "ConfigValue");
    private static final Set<String> COLLECTION_TYPES = Set.of("List", "Set", "Collection");

    private final List<Key> keys;

    private ConfigDeclarations(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    List<Key> keys() {
        return keys;
    }

    private static final Map<Path, List<Key>> BY_ROOT = new ConcurrentHashMap<>();

    /**
     * The keys declared below the source roots. Each root is parsed once per test run: the files that mention
     * configuration, and the interfaces beside a {@code @ConfigMapping} (its groups may live in their own files).
     */
    static ConfigDeclarations scan(Collection<Path> sourceRoots) {
        List<Key> keys = new ArrayList<>();
        for (Path root : sourceRoots) {
            if (Files.isDirectory(root)) {
                keys.addAll(BY_ROOT.computeIfAbsent(root.toAbsolutePath().normalize(), ConfigDeclarations::parse));
            }
        }
        return new ConfigDeclarations(keys);
    }

    private static List<Key> parse(Path root) {
        List<Path> all = javaFiles(root).toList();
        Map<Path, String> texts = new HashMap<>();
        all.forEach(file -> texts.put(file, Repo.read(file)));
        Set<Path> mappingDirs = new HashSet<>();
        texts.forEach((file, text) -> {
            if (text.contains("ConfigMapping")) {
                mappingDirs.add(file.getParent());
            }
        });
        List<Path> files = all.stream().filter(file -> {
            String text = texts.get(file);
            return text.contains("ConfigMapping") || text.contains("ConfigProperty") || text.contains("${")
                    || mappingDirs.contains(file.getParent()) && text.contains("interface ");
        }).toList();
        if (files.isEmpty()) {
            return List.of();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) javac.getTask(null, fileManager, diagnostic -> {
            }, List.of("-proc:none"), null, fileManager.getJavaFileObjectsFromPaths(files));
            Collector collector = new Collector();
            for (CompilationUnitTree unit : task.parse()) {
                collector.unit = unit.getSourceFile().getName();
                unit.accept(collector, null);
            }
            return collector.keys();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse the sources below " + root, e);
        }
    }

    private static Stream<Path> javaFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code maxRecordsPerRequest} is {@code max-records-per-request} (SmallRye's default naming strategy). */
    static String kebab(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1));
                boolean endOfAcronym = i > 0 && i + 1 < name.length() && Character.isUpperCase(name.charAt(i - 1))
                        && Character.isLowerCase(name.charAt(i + 1));
                if (afterLower || endOfAcronym) {
                    out.append('-');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Walks the parsed files once, then resolves the mappings against every interface it saw. */
    private static final class Collector extends TreeScanner<Void, Void> {

        private final Map<String, ClassTree> interfaces = new HashMap<>();
        private final Map<ClassTree, ClassTree> enclosing = new HashMap<>();
        private final Deque<ClassTree> classes = new ArrayDeque<>();
        private final List<ClassTree> mappings = new ArrayList<>();
        private final Map<ClassTree, String> origins = new HashMap<>();
        private final List<Key> direct = new ArrayList<>();
        private String unit;

        @Override
        public Void visitClass(ClassTree type, Void unused) {
            if (!classes.isEmpty()) {
                enclosing.put(type, classes.peek());
            }
            if (type.getKind() == Tree.Kind.INTERFACE) {
                interfaces.putIfAbsent(type.getSimpleName().toString(), type);
                origins.put(type, originOf(type.getSimpleName().toString()));
                if (annotation(type.getModifiers(), "ConfigMapping").isPresent()) {
                    mappings.add(type);
                }
            }
            classes.push(type);
            try {
                return super.visitClass(type, unused);
            } finally {
                classes.pop();
            }
        }

        /** The interface a simple type name means inside {@code context}: its own or an enclosing nested one first. */
        private ClassTree lookup(String name, ClassTree context) {
            for (ClassTree scope = context; scope != null; scope = enclosing.get(scope)) {
                for (Tree member : scope.getMembers()) {
                    if (member instanceof ClassTree nested && nested.getKind() == Tree.Kind.INTERFACE
                            && nested.getSimpleName().contentEquals(name)) {
                        return nested;
                    }
                }
            }
            return interfaces.get(name);
        }

        @Override
        public Void visitVariable(VariableTree variable, Void unused) {
            annotation(variable.getModifiers(), "ConfigProperty").ifPresent(property -> {
                Optional<String> name = argument(property, "name");
                if (name.isPresent() && !name.get().isBlank()) {
                    boolean optional = OPTIONAL_TYPES.contains(rawType(variable.getType()));
                    boolean required = !optional && argument(property, "defaultValue").isEmpty();
                    direct.add(new Key(name.get(), required, false, originOf("@ConfigProperty")));
                }
            });
            return super.visitVariable(variable, unused);
        }

        @Override
        public Void visitAnnotation(AnnotationTree annotation, Void unused) {
            for (ExpressionTree argument : annotation.getArguments()) {
                ExpressionTree value = argument instanceof AssignmentTree assignment
                        ? assignment.getExpression()
                        : argument;
                if (value instanceof LiteralTree literal && literal.getValue() instanceof String text) {
                    Matcher expression = EXPRESSION.matcher(text);
                    while (expression.find()) {
                        direct.add(new Key(expression.group(1), expression.group(2) == null, false,
                                originOf("expression " + expression.group())));
                    }
                }
            }
            return super.visitAnnotation(annotation, unused);
        }

        List<Key> keys() {
            List<Key> all = new ArrayList<>(direct);
            for (ClassTree mapping : mappings) {
                AnnotationTree annotation = annotation(mapping.getModifiers(), "ConfigMapping").orElseThrow();
                String prefix = argument(annotation, "prefix").orElse("");
                String naming = argument(annotation, "namingStrategy").orElse("KEBAB_CASE");
                walk(prefix, mapping, true, naming, all, new LinkedHashSet<>());
            }
            return all;
        }

        private void walk(String prefix, ClassTree group, boolean required, String naming, List<Key> into,
                Set<ClassTree> path) {
            if (!path.add(group)) {
                return;
            }
            for (Tree superType : group.getImplementsClause()) {
                ClassTree parent = lookup(rawType(superType), group);
                if (parent != null) {
                    walk(prefix, parent, required, naming, into, path);
                }
            }
            for (Tree member : group.getMembers()) {
                if (!(member instanceof MethodTree method) || method.getBody() != null
                        || !method.getParameters().isEmpty() || method.getReturnType() == null
                        || method.getModifiers().getFlags().contains(Modifier.STATIC)
                        || method.getModifiers().getFlags().contains(Modifier.DEFAULT)) {
                    continue;
                }
                ModifiersTree modifiers = method.getModifiers();
                String key;
                if (annotation(modifiers, "WithParentName").isPresent()) {
                    key = prefix;
                } else {
                    String name = annotation(modifiers, "WithName").flatMap(a -> argument(a, "value"))
                            .orElseGet(() -> name(method.getName().toString(), naming));
                    key = prefix.isEmpty() ? name : prefix + "." + name;
                }
                boolean hasDefault = annotation(modifiers, "WithDefault").isPresent();
                Tree type = method.getReturnType();
                String raw = rawType(type);
                String origin = origins.get(group) + "." + method.getName() + "()";
                if (OPTIONAL_TYPES.contains(raw)) {
                    ClassTree optionalGroup = lookup(typeArgument(type, 0), group);
                    if (optionalGroup != null) {
                        walk(key, optionalGroup, false, naming, into, path);
                    } else {
                        into.add(new Key(key, false, false, origin));
                    }
                } else if (raw.equals("Map")) {
                    into.add(new Key(key, false, true, origin));
                    ClassTree valueGroup = lookup(typeArgument(type, 1), group);
                    if (valueGroup != null) {
                        walk(key + ".*", valueGroup, false, naming, new ArrayList<>(), path);
                    }
                } else if (COLLECTION_TYPES.contains(raw) && lookup(typeArgument(type, 0), group) != null) {
                    into.add(new Key(key, false, true, origin));
                } else if (lookup(raw, group) != null) {
                    walk(key, lookup(raw, group), required && !hasDefault, naming, into, path);
                } else {
                    into.add(new Key(key, required && !hasDefault, false, origin));
                }
            }
            path.remove(group);
        }

        private String originOf(String what) {
            String file = unit == null ? "" : Path.of(unit).getFileName().toString();
            return file + " " + what;
        }

        private static String name(String method, String naming) {
            return switch (naming) {
                case "VERBATIM" -> method;
                case "SNAKE_CASE" -> kebab(method).replace('-', '_');
                default -> kebab(method);
            };
        }
    }

    private static Optional<AnnotationTree> annotation(ModifiersTree modifiers, String simpleName) {
        return modifiers.getAnnotations().stream()
                .filter(annotation -> simpleName(annotation.getAnnotationType().toString()).equals(simpleName))
                .map(annotation -> (AnnotationTree) annotation)
                .findFirst();
    }

    /** A string (or enum constant) argument of an annotation; {@code value} also matches the unnamed argument. */
    private static Optional<String> argument(AnnotationTree annotation, String name) {
        for (ExpressionTree argument : annotation.getArguments()) {
            String argumentName = "value";
            ExpressionTree value = argument;
            if (argument instanceof AssignmentTree assignment) {
                argumentName = assignment.getVariable().toString();
                value = assignment.getExpression();
            }
            if (!argumentName.equals(name)) {
                continue;
            }
            if (value instanceof LiteralTree literal && literal.getValue() != null) {
                return Optional.of(literal.getValue().toString());
            }
            if (value instanceof MemberSelectTree select) {
                return Optional.of(select.getIdentifier().toString());
            }
            return Optional.of(value.toString());
        }
        return Optional.empty();
    }

    private static String rawType(Tree type) {
        String text = type.toString();
        int generic = text.indexOf('<');
        return simpleName(generic < 0 ? text : text.substring(0, generic)).trim();
    }

    /** The simple name of the n-th type argument, e.g. {@code Route} of {@code Map<String, Route>}. */
    private static String typeArgument(Tree type, int index) {
        String text = type.toString();
        int open = text.indexOf('<');
        if (open < 0 || !text.endsWith(">")) {
            return "";
        }
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int i = start; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(text.substring(start, i));
                start = i + 1;
            }
        }
        arguments.add(text.substring(start, text.length() - 1));
        if (index >= arguments.size()) {
            return "";
        }
        String argument = arguments.get(index).trim();
        int generic = argument.indexOf('<');
        return simpleName(generic < 0 ? argument : argument.substring(0, generic)).trim();
    }

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
