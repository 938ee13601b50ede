package id.lindung.enrollment.rest;

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

import id.lindung.contracts.security.Roles;
import id.lindung.enrollment.rest.api.DoubleFundingFindingPage;
import id.lindung.enrollment.rest.api.FindingView;
import id.lindung.enrollment.service.QueryService;
import id.lindung.platform.problem.Problem;
import id.lindung.platform.web.Page;
import id.lindung.platform.web.PageRequest;
import id.lindung.platform.web.QueryParams;

@Path("/api/v1/double-funding")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "Double funding", description = "Participants paid for by two payers for the same months")
public class DoubleFundingResource {

    @Inject
    QueryService queries;

    @GET
    @RolesAllowed({Roles.BPJS, Roles.ADMIN, Roles.FINANCE, Roles.PLANNER, Roles.VIEWER})
    @Operation(operationId = "listDoubleFundingFindings", summary = "List double-funding findings in a region", description = "Findings whose participant lives in the region or whose payers include one of its"
            + " governments, newest first. Without region, the caller's whole scope. No NIK, no name.")
    @APIResponse(responseCode = "200", description = "One page of findings", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DoubleFundingFindingPage.class)))
    @APIResponse(responseCode = "400", description = "The region is malformed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The region lies outside the token's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<FindingView> list(
            @QueryParam("region") @Parameter(description = "ID or a Kemendagri code", example = "36") String region,
            @Valid @BeanParam PageRequest page) {
        return queries.findings(QueryParams.region("region", region).orElse(null), page.page, page.size);
    }
}
