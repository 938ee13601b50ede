package id.lindung.budget.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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

import id.lindung.budget.repository.FundingPoolRepository;
import id.lindung.budget.rest.api.PoolPositionPage;
import id.lindung.budget.rest.api.PoolPositionView;
import id.lindung.budget.service.PositionQueries;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.security.Roles;
import id.lindung.platform.problem.Problem;
import id.lindung.platform.web.Page;
import id.lindung.platform.web.PageRequest;
import id.lindung.platform.web.QueryParams;

@Path("/api/v1/funding-pools")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding pools", description = "Budget position per government, fiscal year, programme and target category")
public class FundingPoolResource {

    @Inject
    PositionQueries positions;

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.PLANNER, Roles.VIEWER, Roles.ADMIN})
    @Operation(operationId = "listFundingPools", summary = "List funding pools with their positions", description = "Pools of governments within `region` (the region and every region below it) and the caller's scope: allocated, committed, disbursed, headroom, run-out month, how many more participants, funded and unfunded participants. A pool without lines whose participants are committed is listed with them as unfunded.")
    @APIResponse(responseCode = "200", description = "One page of pools", content = @Content(schema = @Schema(implementation = PoolPositionPage.class)))
    @APIResponse(responseCode = "400", description = "A bad query parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed or region outside the token's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<PoolPositionView> list(
            @Parameter(description = "Kemendagri region code; the region and everything below it", example = "36.03") @QueryParam("region") String region,
            @Parameter(description = "Fiscal year", example = "2026") @QueryParam("year") String year,
            @Parameter(description = "Programme: JKK, JKM, JHT or JP", example = "JKK") @QueryParam("programme") String programme,
            @Parameter(description = "Alias of `programme`") @QueryParam("program") String program,
            @Parameter(description = "Target category", example = "NON_ASN") @QueryParam("category") String category,
            @Valid @BeanParam PageRequest page) {
        return positions.list(new FundingPoolRepository.Filter(QueryParams.region("region", region).orElse(null),
                QueryParams.year("year", year).orElse(null),
                QueryParams.enumValue("programme", programme, "program", program, Programme.class).orElse(null),
                QueryParams.enumValue("category", category, Category.class).orElse(null)), page);
    }

    @GET
    @Path("/{poolId}")
    @RolesAllowed({Roles.FINANCE, Roles.PLANNER, Roles.VIEWER, Roles.ADMIN})
    @Operation(operationId = "getFundingPool", summary = "Get the position of a funding pool", description = "The pool id is `<payerRegion>:<fiscalYear>:<programme>:<category>`, e.g. `36.03:2026:JKK:NON_ASN`.")
    @APIResponse(responseCode = "200", description = "The position", content = @Content(schema = @Schema(implementation = PoolPositionView.class)))
    @APIResponse(responseCode = "400", description = "Not a pool id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Region outside the token's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such pool (no line and no participant yet)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PoolPositionView get(
            @Parameter(description = "Pool id", example = "36.03:2026:JKK:NON_ASN") @PathParam("poolId") String poolId) {
        return positions.ofPool(poolId);
    }
}
