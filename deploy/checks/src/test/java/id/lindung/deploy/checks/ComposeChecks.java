package id.lindung.deploy.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.lindung.devstack.LindungService;

/**
 * What docker-compose.yml must satisfy. Each method returns the problems it finds (empty when the file is right), so
 * that a test can show them all at once and can run the same check on a deliberately broken copy.
 */
final class ComposeChecks {

    static final Path POSTGRES_INIT = Path.of("deploy/docker/postgres-init");
    static final Path INIT_SECRETS = Path.of("deploy/docker/init-secrets.sh");
    private static final Set<String> CONFIG_PREFIXES = Set.of("QUARKUS_", "LINDUNG_", "MP_", "KAFKA_", "SMALLRYE_");
    private static final Set<String> CONDITIONS = Set.of("service_started", "service_healthy",
            "service_completed_successfully");

    /** The attributes of the Compose Specification this file may use, per place in the file. */
    private static final Map<String, Set<String>> ATTRIBUTES = Map.ofEntries(
            Map.entry("file", Set.of("name", "services", "volumes", "secrets", "networks", "configs", "include")),
            Map.entry("service", Set.of("image", "build", "environment", "env_file", "depends_on", "healthcheck",
                    "ports", "expose", "volumes", "secrets", "configs", "restart", "read_only", "tmpfs", "cap_drop",
                    "cap_add", "security_opt", "stop_grace_period", "stop_signal", "logging", "deploy", "entrypoint",
                    "command", "shm_size", "user", "working_dir", "labels", "networks", "mem_limit", "cpus", "init",
                    "ulimits", "hostname", "container_name", "profiles", "extra_hosts", "pull_policy")),
            Map.entry("build", Set.of("context", "dockerfile", "args", "target", "labels", "cache_from",
                    "additional_contexts", "platforms", "secrets", "tags")),
            Map.entry("healthcheck", Set.of("test", "interval", "timeout", "retries", "start_period",
                    "start_interval", "disable")),
            Map.entry("depends_on", Set.of("condition", "restart", "required")),
            Map.entry("deploy", Set.of("resources", "restart_policy", "replicas", "mode", "labels", "placement",
                    "update_config", "rollback_config", "endpoint_mode")),
            Map.entry("resources", Set.of("limits", "reservations")),
            Map.entry("limits", Set.of("cpus", "memory", "pids")),
            Map.entry("reservations", Set.of("cpus", "memory", "devices", "generic_resources")),
            Map.entry("logging", Set.of("driver", "options")),
            Map.entry("volume", Set.of("type", "source", "target", "read_only", "bind", "volume", "tmpfs",
                    "consistency")),
            Map.entry("bind", Set.of("propagation", "create_host_path", "selinux")),
            Map.entry("secret", Set.of("source", "target", "uid", "gid", "mode")),
            Map.entry("port", Set.of("target", "published", "host_ip", "protocol", "mode", "name", "app_protocol")),
            Map.entry("top-secret", Set.of("file", "environment", "external", "name")),
            Map.entry("top-volume", Set.of("driver", "driver_opts", "external", "labels", "name")));

    private ComposeChecks() {
    }

    /** Every check below. */
    static List<String> all(Compose compose, Suite.Configuration configuration) {
        List<String> problems = new ArrayList<>();
        problems.addAll(attributes(compose));
        problems.addAll(compose.interpolationProblems());
        problems.addAll(servicesAndImages(compose));
        problems.addAll(healthChecks(compose));
        problems.addAll(environment(compose, configuration));
        problems.addAll(ports(compose));
        problems.addAll(topics(compose));
        problems.addAll(databases(compose));
        problems.addAll(mounts(compose));
        problems.addAll(secretFiles(compose));
        return problems;
    }

    /** Only attributes the Compose Specification defines (a misspelt one is silently ignored by some versions). */
    static List<String> attributes(Compose compose) {
        List<String> problems = new ArrayList<>();
        ObjectNode root = compose.root();
        allowed(root, "file", "", problems);
        compose.services().forEach((name, service) -> {
            String at = "services." + name;
            allowed(service, "service", at, problems);
            nested(service, "build", "build", at, problems);
            nested(service, "healthcheck", "healthcheck", at, problems);
            nested(service, "logging", "logging", at, problems);
            nested(service, "deploy", "deploy", at, problems);
            nested(service.path("deploy"), "resources", "resources", at + ".deploy", problems);
            nested(service.path("deploy").path("resources"), "limits", "limits", at + ".deploy.resources", problems);
            nested(service.path("deploy").path("resources"), "reservations", "reservations",
                    at + ".deploy.resources", problems);
            service.path("depends_on").properties().forEach(dependency -> {
                allowed(dependency.getValue(), "depends_on", at + ".depends_on." + dependency.getKey(), problems);
                String condition = dependency.getValue().path("condition").asText("service_started");
                if (!CONDITIONS.contains(condition)) {
                    problems.add(at + ".depends_on." + dependency.getKey() + ": unknown condition " + condition);
                }
            });
            service.path("volumes").forEach(volume -> {
                if (volume.isObject()) {
                    allowed(volume, "volume", at + ".volumes", problems);
                    nested(volume, "bind", "bind", at + ".volumes", problems);
                }
            });
            service.path("secrets").forEach(secret -> {
                if (secret.isObject()) {
                    allowed(secret, "secret", at + ".secrets", problems);
                }
            });
            service.path("ports").forEach(port -> {
                if (port.isObject()) {
                    allowed(port, "port", at + ".ports", problems);
                }
            });
            String restart = service.path("restart").asText("no");
            if (!restart.matches("no|always|unless-stopped|on-failure(:\\d+)?")) {
                problems.add(at + ".restart: unknown policy " + restart);
            }
        });
        root.path("secrets").properties()
                .forEach(secret -> allowed(secret.getValue(), "top-secret", "secrets." + secret.getKey(), problems));
        root.path("volumes").properties().forEach(volume -> {
            if (!volume.getValue().isNull()) {
                allowed(volume.getValue(), "top-volume", "volumes." + volume.getKey(), problems);
            }
        });
        return problems;
    }

    /** The four services, each built from its module's Dockerfile and tagged with the project's version. */
    static List<String> servicesAndImages(Compose compose) {
        List<String> problems = new ArrayList<>();
        String version = projectVersion();
        for (LindungService service : Suite.services()) {
            Optional<ObjectNode> found = compose.service(service.module());
            if (found.isEmpty()) {
                problems.add("services." + service.module() + " is missing (./lindung up runs it)");
                continue;
            }
            JsonNode build = found.get().path("build");
            String context = build.isTextual() ? build.asText() : build.path("context").asText();
            String dockerfile = build.path("dockerfile").asText("Dockerfile");
            if (!Repo.ROOT.resolve(context).normalize().equals(Repo.path(service.module()))) {
                problems.add(service.module() + ": build.context must be ./" + service.module() + ", is " + context);
            }
            if (!dockerfile.equals(Dockerfile.LOCATION)
                    || !Files.isRegularFile(Repo.ROOT.resolve(context).resolve(dockerfile))) {
                problems.add(service.module() + ": build.dockerfile must be " + Dockerfile.LOCATION
                        + " of the module, is " + dockerfile);
            }
            String image = found.get().path("image").asText();
            if (!image.matches("[a-z0-9./-]+/" + Pattern.quote(service.module()) + ":" + Pattern.quote(version))) {
                problems.add(service.module() + ": image " + image + " must be <prefix>/" + service.module() + ":"
                        + version + " (the version in pom.xml)");
            }
        }
        compose.services().forEach((name, service) -> {
            if (!service.has("image") && !service.has("build")) {
                problems.add(name + " has neither image nor build");
            }
        });
        return problems;
    }

    /**
     * Every container that keeps running has a health check and everything that depends on it waits for it to be
     * healthy; a one-shot step (restart "no") is waited for until it has completed successfully.
     */
    static List<String> healthChecks(Compose compose) {
        List<String> problems = new ArrayList<>();
        Map<String, ObjectNode> services = compose.services();
        services.forEach((name, service) -> {
            boolean oneShot = service.path("restart").asText("no").equals("no");
            JsonNode test = service.path("healthcheck").path("test");
            boolean disabled = service.path("healthcheck").path("disable").asBoolean(false)
                    || test.isArray() && test.size() > 0 && test.get(0).asText().equals("NONE");
            if (!oneShot && (test.isMissingNode() || test.isEmpty() || disabled)) {
                problems.add(name + " has no health check");
            }
            Compose.dependsOn(service).forEach((dependency, condition) -> {
                ObjectNode target = services.get(dependency);
                if (target == null) {
                    problems.add(name + " depends on " + dependency + ", which is not a service");
                    return;
                }
                String expected = target.path("restart").asText("no").equals("no")
                        ? "service_completed_successfully"
                        : "service_healthy";
                if (!condition.equals(expected)) {
                    problems.add(name + " must wait for " + dependency + " with condition " + expected + ", not "
                            + condition);
                }
            });
        });
        for (LindungService service : Suite.services()) {
            compose.service(service.module()).ifPresent(found -> {
                String test = found.path("healthcheck").path("test").toString();
                if (!test.contains(":" + service.defaultPort() + "/q/health/")) {
                    problems.add(service.module() + ": the health check must ask /q/health/* on port "
                            + service.defaultPort() + ", is " + test);
                }
            });
        }
        compose.service(LindungService.GATEWAY.module()).ifPresent(gateway -> LindungService.backends()
                .forEach(backend -> {
                    if (!"service_healthy".equals(Compose.dependsOn(gateway).get(backend.module()))) {
                        problems.add("gateway must wait for " + backend.module() + " to be healthy");
                    }
                }));
        for (LindungService service : LindungService.backends()) {
            compose.service(service.module()).ifPresent(found -> {
                Set<String> waitsFor = Compose.dependsOn(found).keySet();
                postgres(compose).filter(postgres -> !waitsFor.contains(postgres))
                        .ifPresent(postgres -> problems.add(service.module() + " must wait for " + postgres));
                kafka(compose).filter(kafka -> !waitsFor.contains(kafka))
                        .ifPresent(kafka -> problems.add(service.module() + " must wait for " + kafka));
                topicCreator(compose).filter(topics -> !waitsFor.contains(topics))
                        .ifPresent(topics -> problems.add(service.module() + " must wait for " + topics
                                + " to create the topics"));
            });
        }
        return problems;
    }

    /**
     * Each service gets, as environment variables or secrets, every key its configuration requires (derived from its
     * sources and the devstack), and nothing its configuration does not know; secrets only as secrets.
     */
    static List<String> environment(Compose compose, Suite.Configuration configuration) {
        List<String> problems = new ArrayList<>();
        for (LindungService service : Suite.services()) {
            Optional<ObjectNode> found = compose.service(service.module());
            if (found.isEmpty()) {
                continue;
            }
            Map<String, String> environment = Compose.environment(found.get());
            Set<String> secrets = Compose.secretTargets(found.get()).keySet();
            Set<String> imageEnvironment = Dockerfile.of(service).map(Dockerfile::environmentNames).orElse(Set.of());
            for (String key : configuration.requiredKeys(service)) {
                String name = EnvNames.of(key);
                boolean secret = EnvNames.isSecret(key);
                if (secret && !secrets.contains(name)) {
                    problems.add(service.module() + " needs " + name + " (" + key + ") as a secret"
                            + (environment.containsKey(name) ? ", not written into the file" : ""));
                } else if (!secret && !environment.containsKey(name) && !secrets.contains(name)) {
                    problems.add(service.module() + " needs " + name + " (" + key + ", "
                            + ServiceSources.of(service).origin(key) + ")");
                }
            }
            Stream.concat(environment.keySet().stream(), secrets.stream()).forEach(name -> {
                boolean isConfiguration = CONFIG_PREFIXES.stream().anyMatch(name::startsWith);
                if (isConfiguration && configuration.keyOf(service, name).isEmpty()) {
                    problems.add(service.module() + " gets " + name + ", which is no key its configuration reads");
                } else if (!isConfiguration && !imageEnvironment.contains(name)) {
                    problems.add(service.module() + " gets " + name + ", which neither its configuration nor its"
                            + " image reads");
                }
                if (environment.containsKey(name) && configuration.keyOf(service, name).map(EnvNames::isSecret)
                        .orElse(false)) {
                    problems.add(service.module() + ": " + name + " is a secret; mount it as a secret");
                }
            });
            problems.addAll(values(compose, service, environment));
        }
        return problems;
    }

    /** The values that point at other containers: database, role, Kafka, backends. */
    private static List<String> values(Compose compose, LindungService service, Map<String, String> environment) {
        List<String> problems = new ArrayList<>();
        service.database().ifPresent(database -> {
            String url = environment.getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "");
            Matcher jdbc = Pattern.compile("jdbc:postgresql://([^:/]+)(:\\d+)?/([^?]+).*").matcher(url);
            if (!jdbc.matches() || !jdbc.group(3).equals(database)
                    || !postgres(compose).map(jdbc.group(1)::equals).orElse(false)) {
                problems.add(service.module() + ": QUARKUS_DATASOURCE_JDBC_URL must name the database " + database
                        + " on the PostgreSQL service, is " + url);
            }
            if (!database.equals(environment.get("QUARKUS_DATASOURCE_USERNAME"))) {
                problems.add(service.module() + ": QUARKUS_DATASOURCE_USERNAME must be the role " + database);
            }
        });
        String bootstrap = environment.get("KAFKA_BOOTSTRAP_SERVERS");
        if (bootstrap != null && !kafka(compose).map(kafka -> bootstrap.equals(kafka + ":9092")).orElse(false)) {
            problems.add(service.module() + ": KAFKA_BOOTSTRAP_SERVERS must be the Kafka service on 9092, is "
                    + bootstrap);
        }
        if (service == LindungService.GATEWAY) {
            for (LindungService backend : LindungService.backends()) {
                String name = EnvNames.of(id.lindung.devstack.Suite.BACKEND_PROPERTY_PREFIX + backend.id());
                String expected = "http://" + backend.module() + ":" + backend.defaultPort();
                if (!expected.equals(environment.get(name))) {
                    problems.add("gateway: " + name + " must be " + expected + ", is " + environment.get(name));
                }
            }
        }
        return problems;
    }

    /**
     * Only the gateway publishes a port, and it is the gateway's 8080 (docs/architecture.md). An optional tool under a profile
     * (the trace UI of {@code --profile tracing}) may publish its own, bound to one host address like the gateway's.
     */
    static List<String> ports(Compose compose) {
        List<String> problems = new ArrayList<>();
        int gatewayPort = LindungService.GATEWAY.defaultPort();
        compose.services().forEach((name, service) -> {
            JsonNode ports = service.path("ports");
            if (!name.equals(LindungService.GATEWAY.module())) {
                if (ports.isMissingNode() || ports.isEmpty()) {
                    return;
                }
                if (!optionalTool(service)) {
                    problems.add(name + " publishes " + ports + "; only the gateway may");
                    return;
                }
                ports.forEach(port -> {
                    String hostAddress = port.isObject()
                            ? port.path("host_ip").asText()
                            : port.asText().split(":").length == 3 ? port.asText().split(":")[0] : "";
                    if (hostAddress.isEmpty() || hostAddress.equals("0.0.0.0")) {
                        problems.add(name + " publishes " + port + " on every interface; bind it to one address");
                    }
                });
                return;
            }
            if (ports.size() != 1) {
                problems.add("the gateway must publish exactly one port, publishes " + ports);
                return;
            }
            JsonNode port = ports.get(0);
            String target;
            String published;
            if (port.isObject()) {
                target = port.path("target").asText();
                published = port.path("published").asText();
            } else {
                String[] parts = port.asText().split(":");
                target = parts[parts.length - 1];
                published = parts.length > 1 ? parts[parts.length - 2] : "";
            }
            if (!target.equals(Integer.toString(gatewayPort)) || !published.equals(Integer.toString(gatewayPort))) {
                problems.add("the gateway must publish " + gatewayPort + ":" + gatewayPort + ", publishes " + port);
            }
        });
        return problems;
    }

    /** A service that runs only under a profile and is none of the suite's own. */
    private static boolean optionalTool(JsonNode service) {
        return !service.path("profiles").isEmpty() && Suite.services().stream()
                .noneMatch(suiteService -> service.path("image").asText().contains("/" + suiteService.module() + ":"));
    }

    /** The topics of the devstack (docs/architecture.md), and every topic a service's channels name, are created. */
    static List<String> topics(Compose compose) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> created = createdTopics(compose);
        Set<String> expected = new TreeSet<>(Suite.topics());
        Suite.services().forEach(service -> ServiceSources.of(service).channelTopics().values()
                .forEach(expected::addAll));
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(created.keySet());
        if (!missing.isEmpty()) {
            problems.add("topics not created: " + missing);
        }
        Set<String> extra = new TreeSet<>(created.keySet());
        extra.removeAll(expected);
        if (!extra.isEmpty()) {
            problems.add("topics the suite does not use: " + extra);
        }
        created.forEach((topic, partitions) -> {
            if (partitions < 1) {
                problems.add(topic + " needs at least one partition");
            }
        });
        kafka(compose).ifPresent(kafka -> {
            if (!"false".equals(Compose.environment(compose.service(kafka).orElseThrow())
                    .get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"))) {
                problems.add(kafka + " must not create topics on first use (KAFKA_AUTO_CREATE_TOPICS_ENABLE=false)");
            }
        });
        return problems;
    }

    /** The topics the one-shot topic step creates ({@code TOPICS: name:partitions:retention.ms ...}), by name. */
    static Map<String, Integer> createdTopics(Compose compose) {
        Map<String, Integer> topics = new TreeMap<>();
        topicSpecs(compose).forEach(spec -> topics.put(spec[0], spec.length < 2 ? 0 : Integer.parseInt(spec[1])));
        return topics;
    }

    /** The retention.ms each topic is created with (Kafka's default of 7 days when none is given), by name. */
    static Map<String, Long> topicRetentions(Compose compose) {
        Map<String, Long> retentions = new TreeMap<>();
        topicSpecs(compose).forEach(spec -> retentions.put(spec[0], spec.length < 3
                ? 604_800_000L
                : Long.parseLong(spec[2])));
        return retentions;
    }

    /** Dead-letter topics kept longer than their sources. */
    static List<String> deadLetterRetentions(Compose compose) {
        Map<String, Long> retentions = topicRetentions(compose);
        List<String> problems = new ArrayList<>();
        retentions.forEach((topic, retention) -> {
            Long source = topic.endsWith(".dlq") ? retentions.get(topic.substring(0, topic.length() - 4)) : null;
            if (source != null && retention > source) {
                problems.add(topic + ": retention.ms " + retention + " is longer than its source's " + source);
            }
        });
        return problems;
    }

    private static List<String[]> topicSpecs(Compose compose) {
        List<String[]> specs = new ArrayList<>();
        topicCreator(compose).flatMap(compose::service).ifPresent(service -> {
            for (String spec : Compose.environment(service).get("TOPICS").trim().split("\\s+")) {
                specs.add(spec.split(":"));
            }
        });
        return specs;
    }

    /**
     * PostgreSQL's init scripts create one role and one database owned by it for each service that owns one, with the
     * password of the secret the service itself reads.
     */
    static List<String> databases(Compose compose) {
        List<String> problems = new ArrayList<>();
        Optional<String> postgres = postgres(compose);
        if (postgres.isEmpty()) {
            return List.of("no PostgreSQL service (image postgres:*)");
        }
        ObjectNode service = compose.service(postgres.get()).orElseThrow();
        boolean initMounted = Compose.mounts(service).stream().anyMatch(mount -> mount.isBind()
                && mount.hostPath().equals(Repo.ROOT.resolve(POSTGRES_INIT))
                && mount.target().equals("/docker-entrypoint-initdb.d"));
        if (!initMounted) {
            problems.add(postgres.get() + " must mount " + POSTGRES_INIT + " at /docker-entrypoint-initdb.d");
        }
        Map<String, InitDatabase> created = initDatabases();
        if (!created.keySet().equals(new TreeSet<>(Suite.databases()))) {
            problems.add("the init scripts create the databases " + created.keySet() + ", the devstack "
                    + Suite.databases());
        }
        Set<String> postgresSecrets = Compose.secretTargets(service).keySet();
        for (LindungService owner : LindungService.backends()) {
            owner.database().ifPresent(database -> {
                InitDatabase init = created.get(database);
                if (init == null) {
                    return;
                }
                if (!init.owner().equals(database) || !init.roles().contains(database)) {
                    problems.add("database " + database + " must be owned by a role " + database + " the script"
                            + " creates, is owned by " + init.owner());
                }
                if (!postgresSecrets.contains(init.passwordSecret())) {
                    problems.add(postgres.get() + " must mount the secret " + init.passwordSecret() + " that "
                            + init.file() + " reads");
                }
                String serviceSecret = compose.service(owner.module())
                        .map(found -> Compose.secretTargets(found).get("QUARKUS_DATASOURCE_PASSWORD")).orElse(null);
                if (!init.passwordSecret().equals(serviceSecret)) {
                    problems.add(owner.module() + " must read the password of role " + database + " (secret "
                            + init.passwordSecret() + ") as QUARKUS_DATASOURCE_PASSWORD, reads " + serviceSecret);
                }
            });
        }
        return problems;
    }

    record InitDatabase(String file, String owner, Set<String> roles, String passwordSecret) {
    }

    /** The databases deploy/docker/postgres-init/*.sql create, by name. */
    static Map<String, InitDatabase> initDatabases() {
        Map<String, InitDatabase> databases = new TreeMap<>();
        Pattern role = Pattern.compile("(?im)^\\s*create\\s+(?:role|user)\\s+([a-z_][a-z0-9_]*)");
        Pattern database = Pattern.compile("(?im)^\\s*create\\s+database\\s+([a-z_][a-z0-9_]*)\\s+owner\\s+([a-z_][a-z0-9_]*)");
        Pattern secret = Pattern.compile("/run/secrets/([A-Za-z0-9._-]+)");
        try (Stream<Path> files = Files.list(Repo.ROOT.resolve(POSTGRES_INIT))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                String sql = Repo.read(file);
                Set<String> roles = new TreeSet<>();
                Matcher roleMatcher = role.matcher(sql);
                while (roleMatcher.find()) {
                    roles.add(roleMatcher.group(1));
                }
                Matcher secretMatcher = secret.matcher(sql);
                String passwordSecret = secretMatcher.find() ? secretMatcher.group(1) : "";
                Matcher databaseMatcher = database.matcher(sql);
                while (databaseMatcher.find()) {
                    databases.put(databaseMatcher.group(1), new InitDatabase(file.getFileName().toString(),
                            databaseMatcher.group(2), roles, passwordSecret));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return databases;
    }

    /**
     * The JWT public key (and a region list, should one override the list shipped in the jar) are mounted from the host
     * where the services look for them (never baked into an image); a key given as a URL (JWKS) needs no mount.
     */
    static List<String> mounts(Compose compose) {
        List<String> problems = new ArrayList<>();
        for (LindungService service : Suite.services()) {
            compose.service(service.module()).ifPresent(found -> {
                Map<String, String> environment = Compose.environment(found);
                for (String variable : List.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "LINDUNG_REGIONS_PATH")) {
                    String location = environment.get(variable);
                    if (location == null || URI.create(location.replace(" ", "%20")).getScheme() != null) {
                        continue;
                    }
                    Optional<Compose.Mount> mount = Compose.mounts(found).stream()
                            .filter(candidate -> location.equals(candidate.target())
                                    || location.startsWith(candidate.target() + "/"))
                            .findFirst();
                    if (mount.isEmpty()) {
                        problems.add(service.module() + ": nothing is mounted at " + location + " (" + variable + ")");
                    } else if (!mount.get().isBind()) {
                        problems.add(service.module() + ": " + location + " must come from the host, not a volume");
                    } else if (!Files.exists(mount.get().hostPath()) && !madeByInitSecrets(mount.get().hostPath())) {
                        problems.add(service.module() + ": " + mount.get().source() + " neither exists in the"
                                + " repository nor is made by " + INIT_SECRETS);
                    }
                }
            });
        }
        return problems;
    }

    /** Every secret file the compose file mounts is made by deploy/docker/init-secrets.sh. */
    static List<String> secretFiles(Compose compose) {
        List<String> problems = new ArrayList<>();
        compose.root().path("secrets").properties().forEach(secret -> {
            String file = secret.getValue().path("file").asText();
            if (file.isEmpty()) {
                problems.add("secrets." + secret.getKey() + " must be a file made by " + INIT_SECRETS);
            } else if (!madeByInitSecrets(Repo.ROOT.resolve(file).normalize())) {
                problems.add("secrets." + secret.getKey() + ": " + file + " is not made by " + INIT_SECRETS);
            }
        });
        return problems;
    }

    private static boolean madeByInitSecrets(Path file) {
        Path secrets = Repo.ROOT.resolve(INIT_SECRETS).getParent().resolve("secrets");
        String script = Repo.read(Repo.ROOT.resolve(INIT_SECRETS));
        return file.getParent().equals(secrets)
                && Pattern.compile("(?m)\\b" + Pattern.quote(file.getFileName().toString()) + "\\b").matcher(script)
                        .find();
    }

    static Optional<String> postgres(Compose compose) {
        return compose.services().entrySet().stream()
                .filter(entry -> entry.getValue().path("image").asText().matches("(.*/)?postgres:.*"))
                .map(Map.Entry::getKey).findFirst();
    }

    static Optional<String> kafka(Compose compose) {
        return compose.services().entrySet().stream()
                .filter(entry -> Compose.environment(entry.getValue()).containsKey("KAFKA_PROCESS_ROLES"))
                .map(Map.Entry::getKey).findFirst();
    }

    static Optional<String> topicCreator(Compose compose) {
        return compose.services().entrySet().stream()
                .filter(entry -> Compose.environment(entry.getValue()).containsKey("TOPICS"))
                .map(Map.Entry::getKey).findFirst();
    }

    static String projectVersion() {
        Matcher version = Pattern.compile("<artifactId>lindung-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Repo.read(Repo.path("pom.xml")));
        if (!version.find()) {
            throw new IllegalStateException("No version in pom.xml");
        }
        return version.group(1);
    }

    private static void nested(JsonNode parent, String field, String kind, String at, List<String> problems) {
        JsonNode child = parent.path(field);
        if (child.isObject()) {
            allowed(child, kind, at + "." + field, problems);
        }
    }

    private static void allowed(JsonNode node, String kind, String at, List<String> problems) {
        Set<String> known = ATTRIBUTES.get(kind);
        node.properties().forEach(entry -> {
            if (!known.contains(entry.getKey()) && !entry.getKey().startsWith("x-")) {
                problems.add((at.isEmpty() ? "" : at + ": ") + "unknown attribute " + entry.getKey());
            }
        });
    }
}
