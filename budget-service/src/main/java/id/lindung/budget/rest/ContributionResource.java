package id.lindung.budget.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.lindung.budget.rest.api.QuoteRequest;
import id.lindung.budget.rest.api.QuoteView;
import id.lindung.budget.service.ContributionQuotes;
import id.lindung.contracts.security.Roles;
import id.lindung.platform.problem.Problem;

@Path("/api/v1/contributions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contributions", description = "Monthly contributions from the effective-dated rate table")
public class ContributionResource {

    @Inject
    ContributionQuotes quotes;

    @POST
    @Path("/quote")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.PLANNER, Roles.VIEWER, Roles.BPJS, Roles.ADMIN})
    @Operation(operationId = "quoteContribution", summary = "Quote the monthly contribution", description = "Per programme: the amount (whole rupiah, half up), the employer and worker parts, any discount, and every rate-table row used with its regulation. The rates in force on `date` apply; discounts such as PP 50/2025 depend on the payer and, for some, the sector.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteRequest.class), examples = {
            @ExampleObject(name = "Non-ASN, JKK+JKM, risk class I, Rp1,000,000 (Rp5,400)", value = """
                    {"segment": "PU", "programmes": ["JKK", "JKM"], "wage": 1000000, "riskClass": 1,
                     "payer": "APBD_KABKOTA", "date": "2026-02-01"}"""),
            @ExampleObject(name = "Pekerja rentan paid by APBD, 2026 (Rp16,800, no PP 50/2025 discount)", value = """
                    {"segment": "BPU", "programmes": ["JKK", "JKM"], "declaredIncome": 1000000,
                     "payer": "APBD_KABKOTA", "date": "2026-02-01"}"""),
            @ExampleObject(name = "Self-paid transport worker, Feb 2026 (Rp8,400 under PP 50/2025)", value = """
                    {"segment": "BPU", "programmes": ["JKK", "JKM"], "declaredIncome": 1000000,
                     "payer": "SELF", "sector": "TRANSPORT", "date": "2026-02-01"}""")}))
    @APIResponse(responseCode = "200", description = "The quote", content = @Content(schema = @Schema(implementation = QuoteView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or a base the rules need is missing (each named)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The rate table has no rule for the case (e.g. JP for BPU), or JP for a worker at the pension age", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuoteView quote(QuoteRequest request) {
        return quotes.quote(request);
    }
}
