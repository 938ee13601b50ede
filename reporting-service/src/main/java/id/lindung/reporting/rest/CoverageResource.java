package id.lindung.reporting.rest;

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
import jakarta.ws.rs.PathParam;
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

import id.lindung.contracts.programme.Category;
import id.lindung.contracts.security.Roles;
import id.lindung.platform.problem.Problem;
import id.lindung.platform.web.PageRequest;
import id.lindung.platform.web.QueryParams;
import id.lindung.reporting.rest.api.CoverageReport;
import id.lindung.reporting.rest.api.RankingReport;
import id.lindung.reporting.rest.api.TrendReport;
import id.lindung.reporting.service.ChildrenQuery;
import id.lindung.reporting.service.CoverageCsv;
import id.lindung.reporting.service.CoverageReports;

@Path("/api/v1/reports/coverage/{region}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PLANNER, Roles.FINANCE, Roles.BPJS})
@Tag(name = "Coverage", description = "Active participants, potential and coverage per region")
public class CoverageResource {

    static final String PROBLEM = "application/problem+json";
    static final String CSV = PageOrCsv.CSV;

    @Inject
    CoverageReports reports;

    @GET
    @Operation(operationId = "getCoverage", summary = "Coverage of a region", description = "Active participants by category, segment and programme,"
            + " the potential (posted or summed from the children), coverage % and the as-of time of the last event"
            + " applied. Any role, within the token's region scope.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoverageReport.class)))
    @APIResponse(responseCode = "400", description = "Malformed region code or year", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Region outside the token's scope", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown region", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public CoverageReport coverage(
            @Parameter(description = "Kemendagri code (36, 36.03, 36.03.01, 36.03.01.2001) or ID", example = "36") @PathParam("region") String region,
            @Parameter(description = "Year of the targets; the current year by default", example = "2025") @QueryParam("year") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer year) {
        return reports.coverage(region, Optional.ofNullable(year));
    }

    @GET
    @Path("/children")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "listChildCoverage", summary = "Coverage of every child region", description = "The coverage report of each child region"
            + " (provinces of ID, regencies/cities of a province, ...), sortable by region, name, active, potential or"
            + " coverage, over all categories or one, and paginated. With Accept: text/csv the same rows come as CSV"
            + " (every child, same order, no paging). Any role, within the token's scope.")
    @APIResponse(responseCode = "200", description = "One page of child reports, or CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoveragePage.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Malformed region, year, sort, order, category or paging", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Region outside the token's scope", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown region", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response children(
            @Parameter(description = "Kemendagri code or ID", example = "36") @PathParam("region") String region,
            @Parameter(description = "Year of the targets; the current year by default", example = "2025") @QueryParam("year") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer year,
            @Parameter(description = "REGION (default), NAME, ACTIVE, POTENTIAL or COVERAGE", example = "COVERAGE") @QueryParam("sort") String sort,
            @Parameter(description = "ASC (default) or DESC", example = "DESC") @QueryParam("order") String order,
            @Parameter(description = "Sort by this category's figures instead of the totals", example = "NON_ASN") @QueryParam("category") String category,
            @BeanParam @Valid PageRequest page, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        ChildrenQuery query = new ChildrenQuery(
                QueryParams.enumValue("sort", sort, ChildrenQuery.Sort.class).orElse(ChildrenQuery.Sort.REGION),
                QueryParams.enumValue("order", order, RankingReport.Order.class)
                        .orElse(RankingReport.Order.ASC) == RankingReport.Order.DESC,
                QueryParams.enumValue("category", category, Category.class));
        List<CoverageReport> children = reports.children(region, Optional.ofNullable(year), query);
        return PageOrCsv.answer(children, page, accept, CoverageCsv::write, "coverage-" + region + "-children.csv");
    }

    @GET
    @Path("/trend")
    @Operation(operationId = "getCoverageTrend", summary = "Monthly trend of a region", description = "Active participants at the end of each month,"
            + " enrollments started in it, month-on-month growth, and growth from the end of `from` to the end of `to`."
            + " Defaults: the twelve months up to the current one. Any role, within the token's scope.")
    @APIResponse(responseCode = "200", description = "The series", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrendReport.class)))
    @APIResponse(responseCode = "400", description = "Malformed region, month or category, or from after to", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Region outside the token's scope", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown region", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public TrendReport trend(
            @Parameter(description = "Kemendagri code or ID", example = "36") @PathParam("region") String region,
            @Parameter(description = "First month, YYYY-MM", example = "2025-01") @QueryParam("from") String from,
            @Parameter(description = "Last month, YYYY-MM", example = "2025-12") @QueryParam("to") String to,
            @Parameter(description = "Limit to one category", example = "PEKERJA_RENTAN") @QueryParam("category") String category) {
        return reports.trend(region, QueryParams.month("from", from), QueryParams.month("to", to),
                QueryParams.enumValue("category", category, Category.class));
    }

    /** The JSON shape of a page of child reports (for OpenAPI). */
    @Schema(name = "CoverageReportPage")
    public record CoveragePage(List<CoverageReport> items, int page, int size, long totalItems, int totalPages) {
    }
}
