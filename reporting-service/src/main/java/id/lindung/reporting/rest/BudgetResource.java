package id.lindung.reporting.rest;

import static id.lindung.reporting.rest.CoverageResource.PROBLEM;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.lindung.contracts.security.Roles;
import id.lindung.platform.problem.Problem;
import id.lindung.reporting.rest.api.BudgetReport;
import id.lindung.reporting.service.BudgetReports;

@Path("/api/v1/reports/budget/{region}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PLANNER, Roles.FINANCE, Roles.BPJS})
@Tag(name = "Budget", description = "Allocated, committed, disbursed and headroom of regional budgets")
public class BudgetResource {

    @Inject
    BudgetReports reports;

    @GET
    @Operation(operationId = "getBudgetReport", summary = "Budget position of a region", description = "Allocated, committed, disbursed and headroom"
            + " per programme and category of every regional government in the region (its own and those within),"
            + " with the same for each child region. Any role, within the token's scope.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetReport.class)))
    @APIResponse(responseCode = "400", description = "Malformed region or year", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Region outside the token's scope", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown region", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public BudgetReport budget(
            @Parameter(description = "Kemendagri code or ID", example = "36") @PathParam("region") String region,
            @Parameter(description = "Fiscal year; the current year by default", example = "2025") @QueryParam("year") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer year) {
        return reports.report(region, Optional.ofNullable(year));
    }
}
