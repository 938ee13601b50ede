package id.lindung.enrollment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a BPJS record says happened to an enrollment. */
@Schema(name = "EnrollmentEventKind")
public enum EventKind {
    /** The participant was enrolled under a payer (or enrolled again after an end). */
    ENROLLED,
    /** Something about a known enrollment changed (wage, programmes, domicile, ...). */
    CHANGED,
    /** A known enrollment ended. */
    ENDED
}
