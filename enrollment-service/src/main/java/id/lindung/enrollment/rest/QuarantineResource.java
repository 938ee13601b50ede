package id.lindung.enrollment.rest;

import jakarta.ws.rs.Path;

/**
 * enrollment-service's quarantine: records of {@code bpjs.enrollment-events} the Kafka door rejected, for operators.
 * The REST door has none: it answers every rejected record to its caller, at once.
 */
@Path("/api/v1/enrollment/quarantine")
public class QuarantineResource extends id.lindung.platform.quarantine.QuarantineResource {
}
