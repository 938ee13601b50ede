package id.lindung.budget.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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

import id.lindung.budget.domain.BudgetLine;
import id.lindung.budget.repository.BudgetLineRepository;
import id.lindung.budget.rest.api.BudgetLinePage;
import id.lindung.budget.rest.api.BudgetLineRequest;
import id.lindung.budget.rest.api.BudgetLineView;
import id.lindung.budget.rest.api.LinePositionView;
import id.lindung.budget.rest.api.RevisionView;
import id.lindung.budget.service.BudgetLineQueries;
import id.lindung.budget.service.BudgetLineService;
import id.lindung.budget.service.Idempotency;
import id.lindung.budget.service.PositionQueries;
import id.lindung.contracts.budget.BudgetKind;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.Programme;
import id.lindung.contracts.security.Roles;
import id.lindung.platform.problem.Problem;
import id.lindung.platform.web.ETags;
import id.lindung.platform.web.Page;
import id.lindung.platform.web.PageRequest;
import id.lindung.platform.web.QueryParams;

@Path("/api/v1/budget-lines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budget lines", description = "APBD/APBDes allocations for BPJS Ketenagakerjaan contributions, their revisions and positions")
public class BudgetLineResource {

    static final String LINE_EXAMPLE = """
            {"fiscalYear": 2026, "region": "36.03", "budgetKind": "APBD", "stage": "MURNI",
             "agency": {"code": "5.02.0.00.0.00.01.0000", "name": "Badan Pengelolaan Keuangan dan Aset Daerah"},
             "subActivityCode": "5.02.01.2.08.0004", "accountCode": "5.1.2.02.02.0006",
             "programme": "JKK", "targetCategory": "NON_ASN", "targetParticipants": 4156,
             "amount": 119692800, "externalRef": "DPA-5.02.01-2026-0006"}""";
    static final String VILLAGE_EXAMPLE = """
            {"fiscalYear": 2026, "region": "36.03.01.2003", "budgetKind": "APBDES", "fundingSource": "ADD", "accountCode": "5.1.3.04",
             "programme": "JKK", "targetCategory": "PERANGKAT_DESA", "targetParticipants": 12,
             "amount": 345600, "externalRef": "APBDES-2026-5.1.3.04-JKK"}""";
    static final String REVISION_EXAMPLE = """
            {"fiscalYear": 2026, "region": "36.03", "budgetKind": "APBD", "stage": "PERUBAHAN",
             "agency": {"code": "5.02.0.00.0.00.01.0000", "name": "Badan Pengelolaan Keuangan dan Aset Daerah"},
             "subActivityCode": "5.02.01.2.08.0004", "accountCode": "5.1.02.02.02.0006",
             "programme": "JKK", "targetCategory": "NON_ASN", "targetParticipants": 4500,
             "amount": 129600000, "externalRef": "DPA-5.02.01-2026-0006", "note": "Perda 5/2026 APBD-P"}""";

    @Inject
    BudgetLineService service;

    @Inject
    BudgetLineQueries queries;

    @Inject
    PositionQueries positions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "createBudgetLine", summary = "Post a budget line", description = "Creates a line (revision 1) in the government's funding pool for its programme, category and year. Requires an Idempotency-Key: a retry with the same key and body gets the first response again; the same key with another body is refused. A finance token writes its own government's lines; a regency/city token also its villages' APBDes lines.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetLineRequest.class), examples = {
            @ExampleObject(name = "APBD regency, JKK for non-ASN", value = LINE_EXAMPLE),
            @ExampleObject(name = "APBDes village, JKK for village apparatus", value = VILLAGE_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "Created; Location names the line, ETag its version", headers = {
            @Header(name = "Location", description = "/api/v1/budget-lines/{id}", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = "Version of the line, for If-Match", schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = BudgetLineView.class)))
    @APIResponse(responseCode = "400", description = "Missing Idempotency-Key, or invalid fields (each named)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a finance/admin token, or not the budget of the token's government", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "externalRef already used in the region and fiscal year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @Parameter(name = Idempotency.HEADER, in = ParameterIn.HEADER, required = true, description = "A unique key per new line, e.g. a UUID", example = "7d0f5c1e-8a44-4c1b-9f0e-2b6f3c9d1a20") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            BudgetLineRequest request) {
        return Responses.of(service.create(idempotencyKey, request));
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.PLANNER, Roles.VIEWER, Roles.ADMIN})
    @Operation(operationId = "listBudgetLines", summary = "List budget lines", description = "Lines within the caller's region scope, newest fiscal year first; `region` matches the region and every region below it.")
    @APIResponse(responseCode = "200", description = "One page of lines", content = @Content(schema = @Schema(implementation = BudgetLinePage.class)))
    @APIResponse(responseCode = "400", description = "A bad query parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed or region outside the token's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<BudgetLineView> list(
            @Parameter(description = "Fiscal year", example = "2026") @QueryParam("year") String year,
            @Parameter(description = "Kemendagri region code; the region and everything below it", example = "36.03") @QueryParam("region") String region,
            @Parameter(description = "Programme: JKK, JKM, JHT or JP", example = "JKK") @QueryParam("program") String program,
            @Parameter(description = "Alias of `program`") @QueryParam("programme") String programme,
            @Parameter(description = "Target category", example = "NON_ASN") @QueryParam("category") String category,
            @Parameter(description = "APBD or APBDES") @QueryParam("budgetKind") String budgetKind,
            @Valid @BeanParam PageRequest page) {
        return queries.list(new BudgetLineRepository.Filter(QueryParams.region("region", region).orElse(null),
                QueryParams.year("year", year).orElse(null),
                QueryParams.enumValue("program", program, "programme", programme, Programme.class).orElse(null),
                QueryParams.enumValue("category", category, Category.class).orElse(null),
                QueryParams.enumValue("budgetKind", budgetKind, BudgetKind.class).orElse(null)), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FINANCE, Roles.PLANNER, Roles.VIEWER, Roles.ADMIN})
    @Operation(operationId = "getBudgetLine", summary = "Get a budget line", description = "The line in its latest revision, with its version as ETag. Answers 304 when If-None-Match names the current version.")
    @APIResponse(responseCode = "200", description = "The line", headers = @Header(name = "ETag", description = "Version of the line, for If-Match", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = BudgetLineView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "403", description = "Region outside the token's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such line", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id,
            @Parameter(description = "ETag of a version already held") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        BudgetLine line = queries.get(id);
        String etag = ETags.of(line.version);
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(BudgetLineView.of(line)).header(HttpHeaders.ETAG, etag).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "reviseBudgetLine", summary = "Revise a budget line", description = "Records a new revision (e.g. APBD-Perubahan) of the whole line. If-Match must carry the current ETag. Fiscal year, region, budget kind, programme, target category and externalRef cannot change; the amount cannot go below what is already disbursed. A body equal to the current line records nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetLineRequest.class), examples = @ExampleObject(name = "APBD-Perubahan", value = REVISION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The revised line", headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = BudgetLineView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (each named) or an unreadable If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a finance/admin token, or not the budget of the token's government", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such line", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The line changed since the ETag in If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field that cannot change, or an amount below what is disbursed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revise(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version being revised", required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            BudgetLineRequest request) {
        BudgetLine line = service.revise(id, ifMatch, request);
        return Response.ok(BudgetLineView.of(line)).header(HttpHeaders.ETAG, ETags.of(line.version)).build();
    }

    @GET
    @Path("/{id}/revisions")
    @RolesAllowed({Roles.FINANCE, Roles.PLANNER, Roles.VIEWER, Roles.ADMIN})
    @Operation(operationId = "listBudgetLineRevisions", summary = "List the revisions of a budget line", description = "Every version, the original allocation (revision 1) first, with who made it and when.")
    @APIResponse(responseCode = "200", description = "The revisions", content = @Content(schema = @Schema(implementation = RevisionView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "Region outside the token's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such line", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RevisionView> revisions(@PathParam("id") UUID id) {
        return queries.revisions(id);
    }

    @GET
    @Path("/{id}/position")
    @RolesAllowed({Roles.FINANCE, Roles.PLANNER, Roles.VIEWER, Roles.ADMIN})
    @Operation(operationId = "getBudgetLinePosition", summary = "Get the budget position of a line", description = "Allocated, committed, disbursed and headroom of the line (its share of its funding pool's commitments), the month the money runs out at the current run rate, how many more participants it could cover, and the whole pool's position.")
    @APIResponse(responseCode = "200", description = "The position", content = @Content(schema = @Schema(implementation = LinePositionView.class)))
    @APIResponse(responseCode = "403", description = "Region outside the token's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such line", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LinePositionView position(@PathParam("id") UUID id) {
        return positions.ofLine(id);
    }
}
