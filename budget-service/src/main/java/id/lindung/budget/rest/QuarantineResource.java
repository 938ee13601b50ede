package id.lindung.budget.rest;

import jakarta.ws.rs.Path;

/** budget-service's quarantine (records of {@code enrollment.events} it could never apply), for operators. */
@Path("/api/v1/budget/quarantine")
public class QuarantineResource extends id.lindung.platform.quarantine.QuarantineResource {
}
