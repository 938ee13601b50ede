package id.lindung.budget.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.lindung.budget.rest.api.DisbursementPage;
import id.lindung.budget.rest.api.DisbursementRequest;
import id.lindung.budget.rest.api.DisbursementView;
import id.lindung.budget.service.BudgetLineQueries;
import id.lindung.budget.service.DisbursementService;
import id.lindung.budget.service.Idempotency;
import id.lindung.contracts.security.Roles;
import id.lindung.platform.problem.Problem;
import id.lindung.platform.web.Page;
import id.lindung.platform.web.PageRequest;

@Path("/api/v1/budget-lines/{lineId}/disbursements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disbursements", description = "SP2D realisation paid from budget lines")
public class DisbursementResource {

    static final String EXAMPLE = """
            {"sp2dNumber": "0012/SP2D/LS/BPKAD/2026", "sp2dDate": "2026-02-10", "amount": 19948800,
             "monthsCovered": ["2026-01", "2026-02"], "participants": 4156}""";

    @Inject
    DisbursementService service;

    @Inject
    BudgetLineQueries queries;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "recordDisbursement", summary = "Record an SP2D paid from a line", description = "Records a payment (realisation). The SP2D number is unique per region and fiscal year; the line's payments can never add up to more than its amount, even when posted concurrently. Requires an Idempotency-Key.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisbursementRequest.class), examples = @ExampleObject(name = "Two months of JKK for 4,156 non-ASN", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded", headers = @Header(name = "Location", description = "/api/v1/budget-lines/{lineId}/disbursements/{id}", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = DisbursementView.class)))
    @APIResponse(responseCode = "400", description = "Missing Idempotency-Key, or invalid fields (each named)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a finance/admin token, or not the budget of the token's government", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such line", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The SP2D number is already recorded for the region and fiscal year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The payment would exceed the line, or the Idempotency-Key was used for a different body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("lineId") UUID lineId,
            @Parameter(name = Idempotency.HEADER, in = ParameterIn.HEADER, required = true, description = "A unique key per payment, e.g. a UUID", example = "c2b8e3c4-1d6a-4f0e-a1b2-3c4d5e6f7a8b") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            DisbursementRequest request) {
        return Responses.of(service.record(lineId, idempotencyKey, request));
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.PLANNER, Roles.VIEWER, Roles.ADMIN})
    @Operation(operationId = "listDisbursements", summary = "List the SP2D paid from a line", description = "In SP2D date order.")
    @APIResponse(responseCode = "200", description = "One page of disbursements", content = @Content(schema = @Schema(implementation = DisbursementPage.class)))
    @APIResponse(responseCode = "400", description = "A bad paging parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Region outside the token's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such line", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<DisbursementView> list(@PathParam("lineId") UUID lineId, @Valid @BeanParam PageRequest page) {
        return queries.disbursements(lineId, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FINANCE, Roles.PLANNER, Roles.VIEWER, Roles.ADMIN})
    @Operation(operationId = "getDisbursement", summary = "Get one SP2D of a line", description = "The payment as recorded: SP2D number and date, amount, the months it covers and how many participants.")
    @APIResponse(responseCode = "200", description = "The disbursement", content = @Content(schema = @Schema(implementation = DisbursementView.class)))
    @APIResponse(responseCode = "403", description = "Region outside the token's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such line or disbursement", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DisbursementView get(@PathParam("lineId") UUID lineId, @PathParam("id") UUID id) {
        return queries.disbursement(lineId, id);
    }
}
