package id.lindung.budget.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import id.lindung.budget.service.Rates;

/** Ready only when the contribution rate tables are readable and not empty: quotes and commitments need them. */
@Readiness
@ApplicationScoped
public class RateTablesHealthCheck implements HealthCheck {

    @Inject
    Rates rates;

    @Override
    public HealthCheckResponse call() {
        try {
            int rows = rates.book().size();
            return HealthCheckResponse.named("Contribution rate tables").status(rows > 0).withData("rows", rows)
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("Contribution rate tables").down()
                    .withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
