package id.lindung.enrollment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer for one inbound record. */
@Schema(name = "RecordOutcome")
public enum Outcome {
    /** Taken: applied, or kept in history when it arrived after a newer event. */
    ACCEPTED,
    /** The same eventId was processed before: nothing changed. */
    DUPLICATE,
    /** Refused, with every reason; nothing changed. */
    REJECTED
}
