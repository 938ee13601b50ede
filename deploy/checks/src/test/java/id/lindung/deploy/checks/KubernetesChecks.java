package id.lindung.deploy.checks;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

import id.lindung.devstack.LindungService;

/**
 * What a kustomize build of deploy/k8s must satisfy. Each method returns the problems it finds, so that a test shows
 * all of them and can run the same check on a deliberately broken copy.
 */
final class KubernetesChecks {

    private static final String HEALTH = "/q/health/";
    /** Connections PostgreSQL keeps for its own: superuser_reserved_connections and the operator's. */
    private static final int RESERVED_CONNECTIONS = 10;
    private static final Set<String> CONFIG_PREFIXES = Set.of("QUARKUS_", "LINDUNG_", "MP_", "KAFKA_", "SMALLRYE_");

    private KubernetesChecks() {
    }

    static List<String> all(Manifests manifests, Suite.Configuration configuration) {
        List<String> problems = new ArrayList<>(manifests.problems());
        problems.addAll(workloads(manifests));
        problems.addAll(pods(manifests));
        problems.addAll(environment(manifests, configuration));
        problems.addAll(kafka(manifests, configuration));
        problems.addAll(topics(manifests));
        problems.addAll(postgres(manifests));
        problems.addAll(exposure(manifests, configuration));
        if (!manifests.name().equals("base")) {
            problems.addAll(images(manifests));
        }
        return problems;
    }

    /**
     * Every service has a Deployment, a Service on its port, its ConfigMap, a PodDisruptionBudget, and the three
     * services behind the gateway a HorizontalPodAutoscaler (then the Deployment leaves the replicas to it).
     */
    static List<String> workloads(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (LindungService service : Suite.services()) {
            String name = service.module();
            Optional<Deployment> deployment = manifests.named(Deployment.class, name);
            if (deployment.isEmpty()) {
                problems.add(manifests.name() + ": no Deployment " + name);
                continue;
            }
            Map<String, String> podLabels = deployment.get().getSpec().getTemplate().getMetadata().getLabels();
            if (!NetworkPolicies.matches(deployment.get().getSpec().getSelector(), podLabels)) {
                problems.add(name + ": the Deployment's selector does not select its own pods");
            }
            Container container = mainContainer(deployment.get());
            OptionalInt port = containerPort(container, "http");
            if (port.isEmpty() || port.getAsInt() != service.defaultPort()) {
                problems.add(name + ": the container port named http must be " + service.defaultPort());
            }
            Optional<Service> kubernetesService = manifests.named(Service.class, name);
            if (kubernetesService.isEmpty()) {
                problems.add(manifests.name() + ": no Service " + name);
            } else {
                ServicePort servicePort = kubernetesService.get().getSpec().getPorts().get(0);
                if (servicePort.getPort() != service.defaultPort()
                        || resolve(servicePort.getTargetPort(), container).orElse(-1) != service.defaultPort()) {
                    problems.add(name + ": the Service must serve port " + service.defaultPort()
                            + " from the container's port " + service.defaultPort());
                }
                Map<String, String> selector = kubernetesService.get().getSpec().getSelector();
                if (selector == null || selector.isEmpty() || !podLabels.entrySet().containsAll(selector.entrySet())) {
                    problems.add(name + ": the Service does not select the Deployment's pods");
                }
                String type = kubernetesService.get().getSpec().getType();
                if (type != null && !type.equals("ClusterIP")) {
                    problems.add(name + ": the Service is " + type + "; only the Ingress takes outside traffic");
                }
            }
            if (manifests.named(ConfigMap.class, name).isEmpty()) {
                problems.add(manifests.name() + ": no ConfigMap " + name);
            }
            boolean disruptionBudget = manifests.all(PodDisruptionBudget.class).stream()
                    .anyMatch(pdb -> NetworkPolicies.matches(pdb.getSpec().getSelector(), podLabels)
                            && (pdb.getSpec().getMaxUnavailable() != null || pdb.getSpec().getMinAvailable() != null));
            if (!disruptionBudget) {
                problems.add(name + ": no PodDisruptionBudget selects its pods");
            }
            Optional<HorizontalPodAutoscaler> autoscaler = autoscaler(manifests, name);
            boolean stateless = LindungService.backends().contains(service);
            if (stateless && autoscaler.isEmpty()) {
                problems.add(name + ": no HorizontalPodAutoscaler");
            }
            if (!stateless && autoscaler.isPresent()) {
                problems.add(name + ": the gateway counts rate limits per pod; scale it with replicas, not an"
                        + " autoscaler");
            }
            autoscaler.ifPresent(hpa -> {
                if (deployment.get().getSpec().getReplicas() != null) {
                    problems.add(name + ": replicas are set although an autoscaler owns them");
                }
                Integer min = hpa.getSpec().getMinReplicas();
                if (min == null || min < 1 || hpa.getSpec().getMaxReplicas() < min) {
                    problems.add(name + ": the autoscaler needs 1 <= minReplicas <= maxReplicas");
                }
            });
        }
        return problems;
    }

    /**
     * Every container of every Deployment has startup, readiness and liveness probes on {@code /q/health/*} of one of
     * its ports, resource requests and limits for CPU and memory, and runs as non-root with a read-only root file
     * system; init containers need the resources and the restrictions (probes do not apply to them).
     */
    static List<String> pods(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            if (pod.getSecurityContext() == null || !Boolean.TRUE.equals(pod.getSecurityContext().getRunAsNonRoot())) {
                problems.add(name + ": the pod must run as non-root (securityContext.runAsNonRoot)");
            }
            for (Container container : pod.getContainers()) {
                String at = name + "/" + container.getName();
                probe(at, "startupProbe", container.getStartupProbe(), container, problems);
                probe(at, "readinessProbe", container.getReadinessProbe(), container, problems);
                probe(at, "livenessProbe", container.getLivenessProbe(), container, problems);
                resources(at, container.getResources(), problems);
                restricted(at, container, problems);
            }
            for (Container container : pod.getInitContainers()) {
                String at = name + "/" + container.getName() + " (init)";
                resources(at, container.getResources(), problems);
                restricted(at, container, problems);
            }
        }
        return problems;
    }

    /**
     * Each service's main container gets every key its configuration requires (derived from its sources and the
     * devstack) from its env and the ConfigMaps it loads, secrets only from Secrets, nothing its configuration does not
     * read, and values that point at this build's own PostgreSQL, Kafka, Services and mounts.
     */
    static List<String> environment(Manifests manifests, Suite.Configuration configuration) {
        List<String> problems = new ArrayList<>();
        for (LindungService service : Suite.services()) {
            Optional<Deployment> deployment = manifests.named(Deployment.class, service.module());
            if (deployment.isEmpty()) {
                continue;
            }
            Container container = mainContainer(deployment.get());
            Map<String, Variable> variables = variables(manifests, service, container, problems);
            for (String key : configuration.requiredKeys(service)) {
                String name = EnvNames.of(key);
                Variable variable = variables.get(name);
                if (variable == null) {
                    problems.add(service.module() + " needs " + name + " (" + key + ")");
                } else if (EnvNames.isSecret(key) && variable.secret() == null) {
                    problems.add(service.module() + ": " + name + " is a secret; take it from a Secret");
                }
            }
            variables.forEach((name, variable) -> {
                if (CONFIG_PREFIXES.stream().anyMatch(name::startsWith)
                        && configuration.keyOf(service, name).isEmpty()) {
                    problems.add(service.module() + " gets " + name + " (" + variable.from()
                            + "), which is no key its configuration reads");
                }
            });
            problems.addAll(values(manifests, service, container, variables));
        }
        return problems;
    }

    /** Where a container's environment variable comes from: a value (literal or ConfigMap) or a Secret's key. */
    record Variable(String from, String value, String secret, String secretKey) {
    }

    private static Map<String, Variable> variables(Manifests manifests, LindungService service, Container container,
            List<String> problems) {
        Map<String, Variable> variables = new LinkedHashMap<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getSecretRef() != null) {
                problems.add(service.module() + ": envFrom Secret " + source.getSecretRef().getName()
                        + " hides which variables it sets; name each with secretKeyRef");
            }
            if (source.getConfigMapRef() != null) {
                String name = source.getConfigMapRef().getName();
                Optional<ConfigMap> configMap = manifests.named(ConfigMap.class, name);
                if (configMap.isEmpty()) {
                    if (!Boolean.TRUE.equals(source.getConfigMapRef().getOptional())) {
                        problems.add(service.module() + " loads the ConfigMap " + name + ", which is not deployed");
                    }
                    continue;
                }
                String prefix = source.getPrefix() == null ? "" : source.getPrefix();
                configMap.get().getData().forEach((key, value) -> variables.put(prefix + key,
                        new Variable("ConfigMap " + name, value, null, null)));
            }
        }
        for (EnvVar env : container.getEnv()) {
            if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                variables.put(env.getName(), new Variable("Secret " + env.getValueFrom().getSecretKeyRef().getName(),
                        null, env.getValueFrom().getSecretKeyRef().getName(),
                        env.getValueFrom().getSecretKeyRef().getKey()));
            } else if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
                String map = env.getValueFrom().getConfigMapKeyRef().getName();
                String value = manifests.named(ConfigMap.class, map)
                        .map(found -> found.getData().get(env.getValueFrom().getConfigMapKeyRef().getKey()))
                        .orElse(null);
                variables.put(env.getName(), new Variable("ConfigMap " + map, value, null, null));
            } else {
                variables.put(env.getName(), new Variable("env", env.getValue(), null, null));
            }
        }
        return variables;
    }

    private static List<String> values(Manifests manifests, LindungService service, Container container,
            Map<String, Variable> variables) {
        List<String> problems = new ArrayList<>();
        Optional<CloudNativePg.Cluster> cluster = manifests.all(CloudNativePg.Cluster.class).stream().findFirst();
        service.database().ifPresent(database -> {
            String url = value(variables, "QUARKUS_DATASOURCE_JDBC_URL");
            Matcher jdbc = Pattern.compile("jdbc:postgresql://([^:/]+)(:\\d+)?/([^?]+).*").matcher(url);
            String host = cluster.map(found -> found.metadata().getName() + "-rw").orElse("?");
            if (!jdbc.matches() || !jdbc.group(1).equals(host) || !jdbc.group(3).equals(database)) {
                problems.add(service.module() + ": QUARKUS_DATASOURCE_JDBC_URL must name the database " + database
                        + " on " + host + " (the primary of the CloudNativePG cluster), is " + url);
            }
            String roleSecret = cluster.flatMap(found -> roles(found).stream()
                    .filter(role -> role.name().equals(database)).findFirst())
                    .map(role -> role.passwordSecret() == null ? null : role.passwordSecret().getName())
                    .orElse(null);
            for (String[] expected : List.of(new String[]{"QUARKUS_DATASOURCE_USERNAME", "username"},
                    new String[]{"QUARKUS_DATASOURCE_PASSWORD", "password"})) {
                Variable variable = variables.get(expected[0]);
                if (variable == null || !Objects.equals(variable.secret(), roleSecret)
                        || !expected[1].equals(variable.secretKey())) {
                    problems.add(service.module() + ": " + expected[0] + " must be key " + expected[1]
                            + " of the Secret " + roleSecret + " that sets the password of role " + database);
                }
            }
        });
        Variable bootstrap = variables.get("KAFKA_BOOTSTRAP_SERVERS");
        if (bootstrap != null) {
            Set<String> served = new TreeSet<>();
            manifests.all(Kafka.class).forEach(kafka -> kafka.getSpec().getKafka().getListeners().forEach(
                    listener -> served.add(kafka.getMetadata().getName() + "-kafka-bootstrap:" + listener.getPort())));
            if (!served.contains(bootstrap.value())) {
                problems.add(service.module() + ": KAFKA_BOOTSTRAP_SERVERS " + bootstrap.value()
                        + " is none of this build's Kafka listeners " + served);
            }
        }
        if (service == LindungService.GATEWAY) {
            for (LindungService backend : LindungService.backends()) {
                String name = EnvNames.of(id.lindung.devstack.Suite.BACKEND_PROPERTY_PREFIX + backend.id());
                String expected = "http://" + backend.module() + ":" + backend.defaultPort();
                if (!expected.equals(value(variables, name))) {
                    problems.add("gateway: " + name + " must be " + expected + " (the Service), is "
                            + value(variables, name));
                }
            }
        }
        for (String name : List.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "LINDUNG_REGIONS_PATH")) {
            String location = value(variables, name);
            if (location.isEmpty() || URI.create(location.replace(" ", "%20")).getScheme() != null) {
                continue;
            }
            boolean mounted = container.getVolumeMounts().stream()
                    .anyMatch(mount -> location.equals(mount.getMountPath())
                            || location.startsWith(mount.getMountPath() + "/"));
            if (!mounted) {
                problems.add(service.module() + ": nothing is mounted at " + location + " (" + name + ")");
            }
        }
        return problems;
    }

    /**
     * Kafka through Strimzi in KRaft mode: node pools with roles (no ZooKeeper), at least three controllers (an odd
     * number) and three brokers, no topic created on first use.
     */
    static List<String> kafka(Manifests manifests, Suite.Configuration configuration) {
        List<String> problems = new ArrayList<>();
        List<Kafka> clusters = manifests.all(Kafka.class);
        if (clusters.size() != 1) {
            return List.of(manifests.name() + ": expected one Kafka cluster, found " + clusters.size());
        }
        Kafka kafka = clusters.get(0);
        String name = kafka.getMetadata().getName();
        List<KafkaNodePool> pools = manifests.all(KafkaNodePool.class).stream()
                .filter(pool -> name.equals(pool.getMetadata().getLabels().get("strimzi.io/cluster")))
                .toList();
        int brokers = pools.stream().filter(pool -> pool.getSpec().getRoles().contains(ProcessRoles.BROKER))
                .mapToInt(pool -> pool.getSpec().getReplicas()).sum();
        int controllers = pools.stream().filter(pool -> pool.getSpec().getRoles().contains(ProcessRoles.CONTROLLER))
                .mapToInt(pool -> pool.getSpec().getReplicas()).sum();
        if (brokers != 3) {
            problems.add(name + ": KRaft node pools must give 3 brokers, give " + brokers);
        }
        if (controllers < 3 || controllers % 2 == 0) {
            problems.add(name + ": KRaft needs an odd number of at least 3 controllers, has " + controllers);
        }
        Map<String, Object> config = kafka.getSpec().getKafka().getConfig();
        if (config == null || !"false".equals(String.valueOf(config.get("auto.create.topics.enable")))) {
            problems.add(name + ": auto.create.topics.enable must be false (topics are KafkaTopic resources)");
        }
        return problems;
    }

    /**
     * One KafkaTopic per topic of the devstack (docs/architecture.md) and of the services' channels, with replication 3 and
     * min.insync.replicas 2, and at least as many partitions as the most instances of any service that consumes it.
     */
    private static final String DLQ = ".dlq";

    /** The topic's retention.ms; a topic without one keeps Kafka's default of 7 days. */
    private static long retentionMs(KafkaTopic topic) {
        Object retention = topic.getSpec().getConfig() == null ? null : topic.getSpec().getConfig().get("retention.ms");
        return retention == null ? 604_800_000L : Long.parseLong(String.valueOf(retention));
    }

    static List<String> topics(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        Map<String, KafkaTopic> topics = new LinkedHashMap<>();
        String cluster = manifests.all(Kafka.class).stream().map(kafka -> kafka.getMetadata().getName()).findFirst()
                .orElse("?");
        for (KafkaTopic topic : manifests.all(KafkaTopic.class)) {
            String name = topic.getSpec().getTopicName() != null
                    ? topic.getSpec().getTopicName()
                    : topic.getMetadata().getName();
            topics.put(name, topic);
            if (!cluster.equals(topic.getMetadata().getLabels().get("strimzi.io/cluster"))) {
                problems.add(name + ": label strimzi.io/cluster must name the cluster " + cluster);
            }
            if (!Integer.valueOf(3).equals(topic.getSpec().getReplicas())) {
                problems.add(name + ": replicas must be 3, is " + topic.getSpec().getReplicas());
            }
            Object minInsync = topic.getSpec().getConfig() == null
                    ? null
                    : topic.getSpec().getConfig().get("min.insync.replicas");
            if (!"2".equals(String.valueOf(minInsync))) {
                problems.add(name + ": min.insync.replicas must be 2, is " + minInsync);
            }
        }
        topics.forEach((name, topic) -> {
            KafkaTopic source = name.endsWith(DLQ) ? topics.get(name.substring(0, name.length() - DLQ.length())) : null;
            if (source != null && retentionMs(topic) > retentionMs(source)) {
                problems.add(name + ": retention.ms " + retentionMs(topic) + " is longer than its source's "
                        + retentionMs(source) + " (a dead letter must not outlive what it points to)");
            }
        });
        Set<String> expected = new TreeSet<>(Suite.topics());
        Suite.services().forEach(service -> ServiceSources.of(service).channelTopics().values()
                .forEach(expected::addAll));
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(topics.keySet());
        if (!missing.isEmpty()) {
            problems.add(manifests.name() + ": no KafkaTopic for " + missing);
        }
        Set<String> extra = new TreeSet<>(topics.keySet());
        extra.removeAll(expected);
        if (!extra.isEmpty()) {
            problems.add(manifests.name() + ": KafkaTopics the suite does not use: " + extra);
        }
        for (LindungService service : Suite.services()) {
            int instances = maxInstances(manifests, service.module());
            for (String consumed : Suite.consumedTopics(service)) {
                KafkaTopic topic = topics.get(consumed);
                if (topic != null && topic.getSpec().getPartitions() < instances) {
                    problems.add(consumed + ": " + topic.getSpec().getPartitions() + " partitions leave some of the"
                            + " up to " + instances + " instances of " + service.module() + " idle");
                }
            }
        }
        return problems;
    }

    /**
     * PostgreSQL through CloudNativePG: one cluster of 3 instances, a login role and a Database owned by it for each
     * service that owns a database, and max_connections above all pools at their autoscalers' maximum.
     */
    static List<String> postgres(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        List<CloudNativePg.Cluster> clusters = manifests.all(CloudNativePg.Cluster.class);
        if (clusters.size() != 1) {
            return List.of(manifests.name() + ": expected one CloudNativePG Cluster, found " + clusters.size());
        }
        CloudNativePg.Cluster cluster = clusters.get(0);
        String name = cluster.metadata().getName();
        if (!Integer.valueOf(3).equals(cluster.spec().instances())) {
            problems.add(name + ": instances must be 3, is " + cluster.spec().instances());
        }
        Map<String, CloudNativePg.Role> roles = new LinkedHashMap<>();
        roles(cluster).forEach(role -> roles.put(role.name(), role));
        Map<String, CloudNativePg.Database> databases = new LinkedHashMap<>();
        manifests.all(CloudNativePg.Database.class).forEach(database -> databases.put(database.spec().name(),
                database));
        if (!new TreeSet<>(databases.keySet()).equals(new TreeSet<>(Suite.databases()))) {
            problems.add(name + ": Database resources for " + new TreeSet<>(databases.keySet()) + ", the devstack"
                    + " has " + Suite.databases());
        }
        for (String database : Suite.databases()) {
            CloudNativePg.Role role = roles.get(database);
            if (role == null || !Boolean.TRUE.equals(role.login()) || role.passwordSecret() == null
                    || "absent".equals(role.ensure())) {
                problems.add(name + ": needs a login role " + database + " with a passwordSecret");
            }
            CloudNativePg.Database resource = databases.get(database);
            if (resource != null && (!database.equals(resource.spec().owner())
                    || !name.equals(resource.spec().cluster().getName()))) {
                problems.add("Database " + database + " must be owned by role " + database + " in cluster " + name);
            }
        }
        Map<String, String> parameters = cluster.spec().postgresql() == null
                ? Map.of()
                : cluster.spec().postgresql().parameters();
        int maxConnections = Integer.parseInt(parameters.getOrDefault("max_connections", "100"));
        int needed = RESERVED_CONNECTIONS;
        for (LindungService service : LindungService.backends()) {
            if (service.database().isPresent()) {
                needed += maxInstances(manifests, service.module()) * ServiceSources.of(service).connectionPoolSize();
            }
        }
        if (maxConnections < needed) {
            problems.add(name + ": max_connections " + maxConnections + " is below the " + needed
                    + " connections the services' pools open at their autoscalers' maximum");
        }
        return problems;
    }

    /**
     * Only the gateway takes traffic from outside (the Ingress routes to it alone); the services behind it take
     * traffic from the gateway only; only the services that own a database reach PostgreSQL, only those that use Kafka
     * reach Kafka. Decided by evaluating the NetworkPolicies (and Strimzi's listener peers) for each pair of pods.
     */
    static List<String> exposure(Manifests manifests, Suite.Configuration configuration) {
        List<String> problems = new ArrayList<>();
        for (Ingress ingress : manifests.all(Ingress.class)) {
            List<String> backends = new ArrayList<>();
            if (ingress.getSpec().getDefaultBackend() != null) {
                backends.add(ingress.getSpec().getDefaultBackend().getService().getName());
            }
            for (IngressRule rule : ingress.getSpec().getRules()) {
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    backends.add(path.getBackend().getService().getName());
                    if (path.getPath().startsWith("/q/health") || path.getPath().startsWith("/q/metrics")
                            || path.getPath().equals("/")) {
                        problems.add("Ingress " + ingress.getMetadata().getName() + " exposes " + path.getPath()
                                + "; only the API, OpenAPI and Swagger UI go outside");
                    }
                }
            }
            backends.stream().filter(backend -> !backend.equals(LindungService.GATEWAY.module())).distinct()
                    .forEach(backend -> problems.add("Ingress " + ingress.getMetadata().getName() + " routes to "
                            + backend + "; only the gateway takes outside traffic"));
        }
        if (manifests.all(Ingress.class).isEmpty()) {
            problems.add(manifests.name() + ": no Ingress to the gateway");
        }

        String namespace = manifests.namespace();
        List<NetworkPolicy> policies = manifests.all(NetworkPolicy.class);
        NetworkPolicies.Source outside = new NetworkPolicies.Source("a client outside (ingress controller)",
                "ingress-nginx", Map.of("kubernetes.io/metadata.name", "ingress-nginx"),
                Map.of("app.kubernetes.io/name", "ingress-nginx"));
        NetworkPolicies.Source stranger = NetworkPolicies.Source.inNamespace("another pod of the namespace",
                namespace, Map.of("app", "something-else"));
        Map<LindungService, NetworkPolicies.Source> services = new LinkedHashMap<>();
        for (LindungService service : Suite.services()) {
            manifests.named(Deployment.class, service.module()).ifPresent(deployment -> services.put(service,
                    NetworkPolicies.Source.inNamespace(service.module(), namespace,
                            deployment.getSpec().getTemplate().getMetadata().getLabels())));
        }
        // the services' own ports
        for (LindungService target : Suite.services()) {
            Optional<Deployment> deployment = manifests.named(Deployment.class, target.module());
            if (deployment.isEmpty()) {
                continue;
            }
            NetworkPolicies.Target pods = new NetworkPolicies.Target(namespace,
                    deployment.get().getSpec().getTemplate().getMetadata().getLabels(),
                    mainContainer(deployment.get()).getPorts());
            List<NetworkPolicies.Source> sources = new ArrayList<>(services.values());
            sources.add(outside);
            sources.add(stranger);
            for (NetworkPolicies.Source source : sources) {
                boolean expected = target == LindungService.GATEWAY || source == services.get(LindungService.GATEWAY);
                if (source.equals(services.get(target))) {
                    continue;
                }
                boolean allowed = NetworkPolicies.allows(policies, source, pods, target.defaultPort());
                if (allowed != expected) {
                    problems.add(target.module() + ":" + target.defaultPort() + " is " + (allowed ? "" : "not ")
                            + "reachable from " + source.description());
                }
            }
        }
        // PostgreSQL
        manifests.all(CloudNativePg.Cluster.class).forEach(cluster -> {
            NetworkPolicies.Target database = new NetworkPolicies.Target(namespace,
                    Map.of("cnpg.io/cluster", cluster.metadata().getName()), List.of());
            List<NetworkPolicies.Source> sources = new ArrayList<>(services.values());
            sources.add(outside);
            sources.add(stranger);
            for (NetworkPolicies.Source source : sources) {
                boolean owner = services.entrySet().stream()
                        .anyMatch(entry -> entry.getValue() == source && entry.getKey().database().isPresent());
                if (NetworkPolicies.allows(policies, source, database, 5432) != owner) {
                    problems.add("PostgreSQL is " + (owner ? "not " : "") + "reachable from " + source.description());
                }
            }
        });
        // Kafka: Strimzi makes the listener's NetworkPolicy from its networkPolicyPeers
        for (Kafka kafka : manifests.all(Kafka.class)) {
            for (GenericKafkaListener listener : kafka.getSpec().getKafka().getListeners()) {
                List<NetworkPolicies.Source> sources = new ArrayList<>(services.values());
                sources.add(outside);
                sources.add(stranger);
                for (NetworkPolicies.Source source : sources) {
                    boolean client = services.entrySet().stream().anyMatch(entry -> entry.getValue() == source
                            && configuration.requiredKeys(entry.getKey()).contains("kafka.bootstrap.servers"));
                    boolean allowed = NetworkPolicies.peersMatch(listener.getNetworkPolicyPeers(), source, namespace);
                    if (allowed != client) {
                        problems.add("Kafka listener " + listener.getName() + " is " + (client ? "not " : "")
                                + "reachable from " + source.description());
                    }
                }
            }
        }
        return problems;
    }

    private static List<CloudNativePg.Role> roles(CloudNativePg.Cluster cluster) {
        return cluster.spec().managed() == null || cluster.spec().managed().roles() == null
                ? List.of()
                : cluster.spec().managed().roles();
    }

    /** The most pods of a Deployment: its autoscaler's maximum, else its replicas (1 when unset). */
    static int maxInstances(Manifests manifests, String deployment) {
        return autoscaler(manifests, deployment).map(hpa -> hpa.getSpec().getMaxReplicas())
                .orElseGet(() -> manifests.named(Deployment.class, deployment)
                        .map(found -> found.getSpec().getReplicas() == null ? 1 : found.getSpec().getReplicas())
                        .orElse(0));
    }

    private static Optional<HorizontalPodAutoscaler> autoscaler(Manifests manifests, String deployment) {
        return manifests.all(HorizontalPodAutoscaler.class).stream()
                .filter(hpa -> "Deployment".equals(hpa.getSpec().getScaleTargetRef().getKind())
                        && deployment.equals(hpa.getSpec().getScaleTargetRef().getName()))
                .findFirst();
    }

    static Container mainContainer(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        return containers.stream().filter(container -> container.getName().equals(deployment.getMetadata().getName()))
                .findFirst().orElse(containers.get(0));
    }

    private static OptionalInt containerPort(Container container, String name) {
        return container.getPorts().stream().filter(port -> name.equals(port.getName()))
                .mapToInt(ContainerPort::getContainerPort).findFirst();
    }

    private static Optional<Integer> resolve(IntOrString port, Container container) {
        if (port == null) {
            return Optional.empty();
        }
        if (port.getIntVal() != null) {
            return Optional.of(port.getIntVal());
        }
        OptionalInt named = containerPort(container, port.getStrVal());
        return named.isPresent() ? Optional.of(named.getAsInt()) : Optional.empty();
    }

    private static void probe(String at, String kind, Probe probe, Container container, List<String> problems) {
        if (probe == null || probe.getHttpGet() == null) {
            problems.add(at + ": no " + kind + " (HTTP on " + HEALTH + "*)");
            return;
        }
        if (probe.getHttpGet().getPath() == null || !probe.getHttpGet().getPath().startsWith(HEALTH)) {
            problems.add(at + ": " + kind + " must ask " + HEALTH + "*, asks " + probe.getHttpGet().getPath());
        }
        if (resolve(probe.getHttpGet().getPort(), container).isEmpty()
                || container.getPorts().stream().noneMatch(port -> port.getContainerPort()
                        .equals(resolve(probe.getHttpGet().getPort(), container).orElse(-1)))) {
            problems.add(at + ": " + kind + " asks a port the container does not declare");
        }
    }

    private static void resources(String at, ResourceRequirements resources, List<String> problems) {
        for (String resource : List.of("cpu", "memory")) {
            Quantity request = resources == null || resources.getRequests() == null
                    ? null
                    : resources.getRequests().get(resource);
            Quantity limit = resources == null || resources.getLimits() == null
                    ? null
                    : resources.getLimits().get(resource);
            if (request == null || limit == null) {
                problems.add(at + ": needs a " + resource + " request and limit");
            } else if (Quantity.getAmountInBytes(request).compareTo(Quantity.getAmountInBytes(limit)) > 0) {
                problems.add(at + ": the " + resource + " request is above its limit");
            }
        }
    }

    private static void restricted(String at, Container container, List<String> problems) {
        var context = container.getSecurityContext();
        boolean ok = context != null && Boolean.FALSE.equals(context.getAllowPrivilegeEscalation())
                && Boolean.TRUE.equals(context.getReadOnlyRootFilesystem()) && context.getCapabilities() != null
                && context.getCapabilities().getDrop().contains("ALL");
        if (!ok) {
            problems.add(at + ": needs allowPrivilegeEscalation false, readOnlyRootFilesystem true and all"
                    + " capabilities dropped");
        }
    }

    /** Every image of a deployable build (an overlay) has a fixed tag or digest; the base leaves them to overlays. */
    static List<String> images(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            java.util.stream.Stream.concat(pod.getContainers().stream(), pod.getInitContainers().stream())
                    .forEach(container -> image(deployment.getMetadata().getName() + "/" + container.getName(),
                            container.getImage(), problems));
        }
        return problems;
    }

    private static void image(String at, String image, List<String> problems) {
        String tag = image == null || !image.contains(":") ? "" : image.substring(image.lastIndexOf(':') + 1);
        boolean digest = image != null && image.contains("@sha256:");
        if (!digest && (tag.isEmpty() || tag.equals("latest") || tag.contains("/"))) {
            problems.add(at + ": image " + image + " needs a fixed tag or digest (set by the overlay's images)");
        }
    }

    private static String value(Map<String, Variable> variables, String name) {
        Variable variable = variables.get(name);
        return variable == null || variable.value() == null ? "" : variable.value();
    }
}
