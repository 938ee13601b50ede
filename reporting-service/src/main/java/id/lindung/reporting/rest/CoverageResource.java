package id.lindung.reporting.rest;

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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.lindung.platform.problem.Problem;
import id.lindung.platform.security.Roles;
import id.lindung.reporting.rest.api.CoverageReport;
import id.lindung.reporting.service.CoverageReports;

@Path("/api/v1/reports/coverage/{region}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PLANNER, Roles.FINANCE, Roles.BPJS})
@SecurityRequirement(name = "bearer")
@Tag(name = "Coverage", description = "Active participants, potential and coverage per region")
public class CoverageResource {

    static final String PROBLEM = "application/problem+json";

    @Inject
    CoverageReports reports;

    @GET
    @Operation(summary = "Coverage of a region", description = "Active participants by category, segment and programme,"
            + " the potential (posted or summed from the children), coverage % and the as-of time of the last event"
            + " applied. Any role, within the token's region scope.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoverageReport.class)))
    @APIResponse(responseCode = "400", description = "Malformed region code or year", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Region outside the token's scope", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown region", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public CoverageReport coverage(
            @Parameter(description = "Kemendagri code (36, 36.03, 36.03.01, 36.03.01.2001) or ID", example = "36") @PathParam("region") String region,
            @Parameter(description = "Year of the targets; the current year by default", example = "2025") @QueryParam("year") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer year) {
        return reports.coverage(region, Optional.ofNullable(year));
    }
}
