package id.lindung.reporting.rest;

import static id.lindung.reporting.rest.CoverageResource.PROBLEM;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.region.RegionLevel;
import id.lindung.contracts.security.Roles;
import id.lindung.platform.problem.Problem;
import id.lindung.platform.problem.ProblemException;
import id.lindung.platform.web.QueryParams;
import id.lindung.reporting.rest.api.RankingReport;
import id.lindung.reporting.rest.api.RankingReport.Metric;
import id.lindung.reporting.rest.api.RankingReport.Order;
import id.lindung.reporting.service.Rankings;

@Path("/api/v1/reports/rankings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PLANNER, Roles.FINANCE, Roles.BPJS})
@Tag(name = "Rankings", description = "Provinces or regencies/cities ranked by coverage, enrolled or growth")
public class RankingResource {

    @Inject
    Rankings rankings;

    @GET
    @Operation(operationId = "getRankings", summary = "Rank regions", description = "The provinces or regencies/cities within `within` (the token's"
            + " scope by default) ranked by coverage %, active participants or growth % between the ends of two"
            + " months (default: the last twelve months), over all categories or one. Any role, within its scope.")
    @APIResponse(responseCode = "200", description = "The ranking", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RankingReport.class)))
    @APIResponse(responseCode = "400", description = "Malformed parameter", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "`within` outside the token's scope, or a token without scope", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RankingReport rank(
            @Parameter(description = "PROVINCE or REGENCY", required = true, example = "PROVINCE") @QueryParam("level") String level,
            @Parameter(description = "COVERAGE (default), ENROLLED or GROWTH", example = "COVERAGE") @QueryParam("metric") String metric,
            @Parameter(description = "Limit the figures to one category", example = "PEKERJA_RENTAN") @QueryParam("category") String category,
            @Parameter(description = "DESC (default, highest first) or ASC", example = "DESC") @QueryParam("order") String order,
            @Parameter(description = "How many regions, 1 to 600", example = "10") @QueryParam("limit") @DefaultValue("10") @Min(value = 1, message = "must be at least 1") @Max(value = 600, message = "must be at most 600") int limit,
            @Parameter(description = "Year of the targets behind coverage; the current year by default", example = "2025") @QueryParam("year") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer year,
            @Parameter(description = "GROWTH: start month YYYY-MM (default: twelve months before `to`)", example = "2024-12") @QueryParam("from") String from,
            @Parameter(description = "GROWTH: end month YYYY-MM (default: the current month)", example = "2025-12") @QueryParam("to") String to,
            @Parameter(description = "Rank only regions within this one", example = "ID") @QueryParam("within") String within) {
        RegionLevel rankedLevel = QueryParams.enumValue("level", level, RegionLevel.class)
                .orElseThrow(() -> ProblemException.invalid("level", "is required: PROVINCE or REGENCY"));
        return rankings.rank(new Rankings.Request(rankedLevel,
                QueryParams.enumValue("metric", metric, Metric.class).orElse(Metric.COVERAGE),
                QueryParams.enumValue("category", category, Category.class),
                QueryParams.enumValue("order", order, Order.class).orElse(Order.DESC), limit, Optional.ofNullable(year),
                QueryParams.month("from", from), QueryParams.month("to", to),
                QueryParams.region("within", within).map(code -> within)));
    }
}
