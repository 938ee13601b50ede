package id.lindung.devstack;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** The Kafka topics of docs/architecture.md; every source topic has a dead-letter topic named {@code <topic>.dlq}. */
public final class Topics {

    public static final String BPJS_ENROLLMENT_EVENTS = "bpjs.enrollment-events";
    public static final String ENROLLMENT_EVENTS = "enrollment.events";
    public static final String BUDGET_EVENTS = "budget.events";
    public static final String DLQ_SUFFIX = ".dlq";

    private static final List<String> SOURCES = List.of(BPJS_ENROLLMENT_EVENTS, ENROLLMENT_EVENTS, BUDGET_EVENTS);

    private Topics() {
    }

    /** BPJS records hold personal data: kept 7 days. Lindung's own events: 30 days. */
    private static final long BPJS_RETENTION_MS = Duration.ofDays(7).toMillis();
    private static final long EVENTS_RETENTION_MS = Duration.ofDays(30).toMillis();

    /** How long a topic keeps its records; a dead-letter topic exactly as long as its source, never longer. */
    public static long retentionMs(String topic) {
        String source = topic.endsWith(DLQ_SUFFIX) ? topic.substring(0, topic.length() - DLQ_SUFFIX.length()) : topic;
        return source.equals(BPJS_ENROLLMENT_EVENTS) ? BPJS_RETENTION_MS : EVENTS_RETENTION_MS;
    }

    public static String dlq(String topic) {
        return topic + DLQ_SUFFIX;
    }

    /** The source topics followed by their dead-letter topics. */
    public static List<String> all() {
        return Stream.concat(SOURCES.stream(), SOURCES.stream().map(Topics::dlq)).toList();
    }
}
