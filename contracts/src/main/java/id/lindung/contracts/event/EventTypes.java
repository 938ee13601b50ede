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

    /** A budget line was posted (data {@link BudgetLineChange}); key and subject = line id. */
    public static final String BUDGET_LINE_ALLOCATED = "id.lindung.budget.line-allocated.v1";
    /** A budget line was revised, e.g. APBD-Perubahan (data {@link BudgetLineChange}); key and subject = line id. */
    public static final String BUDGET_LINE_REVISED = "id.lindung.budget.line-revised.v1";
    /** An SP2D was recorded against a line (data {@link DisbursementRecorded}); key and subject = line id. */
    public static final String BUDGET_DISBURSEMENT_RECORDED = "id.lindung.budget.disbursement-recorded.v1";
    /** A funding pool's position changed (data {@link FundingPoolPosition}); key and subject = pool id. */
    public static final String BUDGET_POSITION_CHANGED = "id.lindung.budget.position-changed.v1";
    /** A funding pool's commitments came to exceed its allocation (data {@link FundingPoolPosition}); key = pool id. */
    public static final String BUDGET_SHORTFALL_FORECAST = "id.lindung.budget.shortfall-forecast.v1";

    private EventTypes() {
    }

    /** The dead-letter topic of a topic. */
    public static String deadLetterTopic(String topic) {
        return topic + ".dlq";
    }
}
