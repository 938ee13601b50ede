package id.lindung.reporting.rest;

import static id.lindung.reporting.rest.CoverageResource.PROBLEM;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.lindung.contracts.security.Roles;
import id.lindung.platform.problem.Problem;
import id.lindung.reporting.rest.api.TargetRequest;
import id.lindung.reporting.rest.api.TargetView;
import id.lindung.reporting.service.Targets;

@Path("/api/v1/targets/{region}/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "Potential participants (target population) per region, year and category")
public class TargetResource {

    @Inject
    Targets targets;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLANNER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "putTargets", summary = "Post a region's targets for a year", description = "Replaces the region's potential per"
            + " category. A planner or finance token scoped to the region (or above), or admin. Regions above take"
            + " the sum of their children unless they have a posting of their own. Optional If-Match guards against"
            + " overwriting a posting changed since it was read.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetRequest.class), examples = @ExampleObject(name = "Banten", value = "{\"potential\": {\"NON_ASN\": 159219, \"PEKERJA_RENTAN\": 217943}}")))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "400", description = "Invalid region, year or body", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Wrong role, or region outside the token's scope", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown region", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response put(
            @Parameter(description = "Kemendagri code or ID", example = "36") @PathParam("region") String region,
            @Parameter(description = "Year", example = "2025") @PathParam("year") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") int year,
            @Parameter(description = "ETag of the posting being replaced (optional)") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "is required") TargetRequest request, UriInfo uri) {
        Targets.Saved saved = targets.put(region, year, request, Optional.ofNullable(ifMatch));
        Response.ResponseBuilder response = saved.created()
                ? Response.created(uri.getRequestUri())
                : Response.ok();
        return response.entity(saved.view()).tag(Long.toString(saved.view().posted().version()))
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PLANNER, Roles.FINANCE, Roles.BPJS})
    @Operation(operationId = "getTargets", summary = "A region's targets for a year", description = "The effective potential (posted, or summed"
            + " from the children) and the posting, if any. Any role, within the token's scope.")
    @APIResponse(responseCode = "200", description = "The target", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "400", description = "Invalid region or year", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Region outside the token's scope", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown region", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "Kemendagri code or ID", example = "36") @PathParam("region") String region,
            @Parameter(description = "Year", example = "2025") @PathParam("year") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") int year) {
        TargetView view = targets.get(region, year);
        Response.ResponseBuilder response = Response.ok(view);
        if (view.posted() != null) {
            response.tag(Long.toString(view.posted().version()));
        }
        return response.build();
    }

    @DELETE
    @RolesAllowed({Roles.PLANNER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "deleteTargets", summary = "Withdraw a region's own targets for a year", description = "Its potential falls back to the"
            + " sum of its children's. Same roles and scope as posting.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "403", description = "Wrong role, or region outside the token's scope", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No posting for the region and year", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response delete(@Parameter(description = "Kemendagri code or ID", example = "36") @PathParam("region") String region,
            @Parameter(description = "Year", example = "2025") @PathParam("year") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") int year) {
        targets.delete(region, year);
        return Response.noContent().build();
    }
}
