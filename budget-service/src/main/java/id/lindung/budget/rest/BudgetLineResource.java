package id.lindung.budget.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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

import id.lindung.budget.repository.BudgetLineRepository;
import id.lindung.budget.rest.api.BudgetLinePage;
import id.lindung.budget.rest.api.BudgetLineView;
import id.lindung.budget.service.BudgetLineQueries;
import id.lindung.contracts.budget.BudgetKind;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;
import id.lindung.platform.problem.Problem;
import id.lindung.platform.security.Roles;
import id.lindung.platform.web.Page;
import id.lindung.platform.web.PageRequest;

@Path("/api/v1/budget-lines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budget lines", description = "APBD/APBDes allocations for BPJS Ketenagakerjaan contributions")
public class BudgetLineResource {

    @Inject
    BudgetLineQueries queries;

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.PLANNER, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "List budget lines", description = "Lines within the caller's region scope; `region` matches the region and every region below it.")
    @APIResponse(responseCode = "200", description = "One page of lines", content = @Content(schema = @Schema(implementation = BudgetLinePage.class)))
    @APIResponse(responseCode = "400", description = "A bad query parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed or region outside the token's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<BudgetLineView> list(
            @Parameter(description = "Fiscal year", example = "2026") @QueryParam("year") String year,
            @Parameter(description = "Kemendagri region code; the region and everything below it", example = "36.03") @QueryParam("region") String region,
            @Parameter(description = "Programme: JKK, JKM, JHT or JP", example = "JKK") @QueryParam("program") String program,
            @Parameter(description = "Alias of `program`") @QueryParam("programme") String programme,
            @Parameter(description = "Target category", example = "NON_ASN") @QueryParam("category") String category,
            @Parameter(description = "APBD or APBDES") @QueryParam("budgetKind") String budgetKind,
            @Valid @BeanParam PageRequest page) {
        return queries.list(new BudgetLineRepository.Filter(QueryParams.region("region", region),
                QueryParams.year("year", year),
                QueryParams.enumeration("program", QueryParams.either(program, programme), Programme.class),
                QueryParams.enumeration("category", category, Category.class),
                QueryParams.enumeration("budgetKind", budgetKind, BudgetKind.class)), page);
    }
}
