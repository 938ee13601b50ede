package id.lindung.contracts.event;

/** The CloudEvent {@code type}s the services publish, and the topics they travel on. */
public final class EventTypes {

    public static final String ENROLLMENT_TOPIC = "enrollment.events";
    public static final String BUDGET_TOPIC = "budget.events";
    public static final String BPJS_TOPIC = "bpjs.enrollment-events";

    public static final String ENROLLMENT_ACTIVATED = "id.lindung.enrollment.activated.v1";
    public static final String ENROLLMENT_CHANGED = "id.lindung.enrollment.changed.v1";
    public static final String ENROLLMENT_ENDED = "id.lindung.enrollment.ended.v1";
    public static final String DOUBLE_FUNDING_DETECTED = "id.lindung.enrollment.double-funding-detected.v1";

    private EventTypes() {
    }

    /** The dead-letter topic of a topic. */
    public static String deadLetterTopic(String topic) {
        return topic + ".dlq";
    }
}
