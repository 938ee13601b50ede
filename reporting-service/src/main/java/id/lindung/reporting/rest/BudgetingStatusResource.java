package id.lindung.reporting.rest;

import static id.lindung.reporting.rest.CoverageResource.PROBLEM;
import static id.lindung.reporting.rest.PageOrCsv.CSV;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.lindung.contracts.region.RegionLevel;
import id.lindung.contracts.security.Roles;
import id.lindung.platform.problem.Problem;
import id.lindung.platform.problem.ProblemException;
import id.lindung.platform.web.PageRequest;
import id.lindung.platform.web.QueryParams;
import id.lindung.reporting.rest.api.BudgetingStatus;
import id.lindung.reporting.service.BudgetingStatusCsv;
import id.lindung.reporting.service.BudgetingStatusReports;

@Path("/api/v1/reports/budgeting-status")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PLANNER, Roles.FINANCE, Roles.BPJS})
@Tag(name = "Budgeting status", description = "Which regional governments have budgeted contributions, and which not yet")
public class BudgetingStatusResource {

    @Inject
    BudgetingStatusReports reports;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "listBudgetingStatus", summary = "Which governments have budgeted for a year", description = "Every"
            + " regional government of a level (provinces, regencies/cities, or villages with an APBDes) within"
            + " `within` (the token's scope by default): whether its own budget has lines for the year, per category"
            + " group, what it allocated, how many participants that funds, and the coverage of its region. Those that"
            + " have budgeted nothing come first, then by region code. With Accept: text/csv every row, no paging. Any"
            + " role, within its scope.")
    @APIResponse(responseCode = "200", description = "One page of governments, or CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetingStatus.Page.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Malformed level, year, within or paging", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "`within` outside the token's scope", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "PROVINCE, REGENCY or VILLAGE", required = true, example = "REGENCY") @QueryParam("level") String level,
            @Parameter(description = "Fiscal year; the current year by default", example = "2026") @QueryParam("year") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer year,
            @Parameter(description = "Only governments within this region", example = "74") @QueryParam("within") String within,
            @BeanParam @Valid PageRequest page, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        RegionLevel governments = QueryParams.enumValue("level", level, RegionLevel.class)
                .orElseThrow(() -> ProblemException.invalid("level", "is required: PROVINCE, REGENCY or VILLAGE"));
        List<BudgetingStatus> statuses = reports.status(governments, Optional.ofNullable(year),
                QueryParams.region("within", within).map(code -> within));
        return PageOrCsv.answer(statuses, page, accept, BudgetingStatusCsv::write,
                "budgeting-status-" + governments + ".csv");
    }
}
