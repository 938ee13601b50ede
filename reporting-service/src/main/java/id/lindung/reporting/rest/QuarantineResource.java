package id.lindung.reporting.rest;

import jakarta.ws.rs.Path;

/** reporting-service's quarantine (records of {@code enrollment.events} and {@code budget.events}), for operators. */
@Path("/api/v1/reporting/quarantine")
public class QuarantineResource extends id.lindung.platform.quarantine.QuarantineResource {
}
