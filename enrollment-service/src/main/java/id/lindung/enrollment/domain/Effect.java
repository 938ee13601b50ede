package id.lindung.enrollment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an accepted record did. */
@Schema(name = "RecordEffect")
public enum Effect {
    /** A new enrollment became active. */
    ACTIVATED,
    /** An enrollment's state changed. */
    CHANGED,
    /** An enrollment ended. */
    ENDED,
    /** The record is older than the enrollment's current state: kept in history, nothing else changed. */
    HISTORY_ONLY
}
