package id.lindung.devstack;

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

    public static String dlq(String topic) {
        return topic + DLQ_SUFFIX;
    }

    /** The source topics followed by their dead-letter topics. */
    public static List<String> all() {
        return Stream.concat(SOURCES.stream(), SOURCES.stream().map(Topics::dlq)).toList();
    }
}
