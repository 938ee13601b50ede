package id.lindung.deploy.checks;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.lindung.devstack.DevJwt;
import id.lindung.devstack.LindungService;
import id.lindung.devstack.ServiceConfig;
import id.lindung.devstack.Topics;

/**
 * The suite as {@code ./lindung up} runs it, read from the devstack itself ({@link LindungService}, {@link Topics},
 * {@link ServiceConfig}), joined with what each service's sources require. Both docker-compose.yml and the Kubernetes
 * manifests are checked against this.
 */
final class Suite {

    /** The devstack sets the port of each JVM itself; containers use the port the service is built with. */
    private static final String HTTP_PORT = "quarkus.http.port";
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

    private static volatile Map<LindungService, Set<String>> devstackKeys;

    private Suite() {
    }

    static List<LindungService> services() {
        return Arrays.asList(LindungService.values());
    }

    static List<String> topics() {
        return Topics.all();
    }

    static List<String> databases() {
        return LindungService.databases();
    }

    /**
     * The configuration keys the devstack hands the service ({@link ServiceConfig#forGateway} for the gateway plus its
     * backends, every key constant of {@link ServiceConfig} for a service behind it), without the HTTP port.
     */
    static Set<String> devstackKeys(LindungService service) {
        if (devstackKeys == null) {
            devstackKeys = readDevstackKeys();
        }
        return devstackKeys.get(service);
    }

    /** The configuration the services' current sources ask for. */
    static Configuration configuration() {
        return new Configuration(ServiceSources::of);
    }

    /**
     * The configuration the given sources ask for, joined with the keys the devstack hands each service.
     *
     * @param sources the sources of each service (the real ones, or a changed copy to show what a check catches)
     */
    record Configuration(Function<LindungService, ServiceSources> sources) {

        /** The same, except that one service's sources are replaced. */
        Configuration with(LindungService service, ServiceSources replacement) {
            return new Configuration(candidate -> candidate == service ? replacement : sources.apply(candidate));
        }

        /**
         * What the service must be given in a container: the devstack's keys that the service reads (the devstack
         * hands the gateway the region list, which it does not read) and every key its sources require without a
         * value.
         */
        Set<String> requiredKeys(LindungService service) {
            ServiceSources own = sources.apply(service);
            Set<String> required = new TreeSet<>(own.requiredKeys());
            devstackKeys(service).stream()
                    .filter(key -> !key.startsWith("lindung.") || own.reads(key))
                    .forEach(required::add);
            return required;
        }

        /** Keys the devstack passes but the service does not read (worth telling, not an error here). */
        Set<String> unreadDevstackKeys(LindungService service) {
            ServiceSources own = sources.apply(service);
            return devstackKeys(service).stream()
                    .filter(key -> key.startsWith("lindung.") && !own.reads(key))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        /**
         * The key an environment variable sets for the service: one the devstack gives it (framework keys such as
         * {@code kafka.bootstrap.servers}) or one its sources read.
         */
        Optional<String> keyOf(LindungService service, String environmentVariable) {
            return devstackKeys(service).stream()
                    .filter(key -> EnvNames.of(key).equals(environmentVariable))
                    .findFirst()
                    .or(() -> sources.apply(service).keyOf(environmentVariable));
        }
    }

    /** The topics the service consumes, from its channels' configuration. */
    static Set<String> consumedTopics(LindungService service) {
        return ServiceSources.of(service).channelTopics().get("incoming");
    }

    /** The topics of the table in docs/architecture.md, with the dead-letter topic it gives each. */
    static Set<String> documentedTopics() {
        String notes = Repo.read(Repo.architectureNotes());
        Set<String> topics = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z][a-z0-9.-]+)` \\|").matcher(notes);
        while (row.find()) {
            topics.add(row.group(1));
        }
        if (notes.contains("`<topic>.dlq`")) {
            Set.copyOf(topics).forEach(topic -> topics.add(Topics.dlq(topic)));
        }
        return topics;
    }

    private static Map<LindungService, Set<String>> readDevstackKeys() {
        // a key pair kept in target/ between runs: making one takes a while on a busy machine
        Path keys = Path.of("target/devstack-keys").toAbsolutePath();
        Set<String> common = ServiceConfig.forGateway(DevJwt.inDirectory(keys)).keySet();
        Set<String> gateway = new TreeSet<>(common);
        LindungService.backends().forEach(backend -> gateway.add(
                id.lindung.devstack.Suite.BACKEND_PROPERTY_PREFIX + backend.id()));
        Set<String> backend = new TreeSet<>(constants(ServiceConfig.class));
        backend.addAll(common);
        gateway.remove(HTTP_PORT);
        backend.remove(HTTP_PORT);
        return Arrays.stream(LindungService.values()).collect(Collectors.toMap(service -> service,
                service -> service == LindungService.GATEWAY ? gateway : backend));
    }

    /** The values of a class's public string constants that look like configuration keys. */
    private static Set<String> constants(Class<?> type) {
        Set<String> values = new TreeSet<>();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    String value = (String) field.get(null);
                    if (KEY.matcher(value).matches()) {
                        values.add(value);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }
}
