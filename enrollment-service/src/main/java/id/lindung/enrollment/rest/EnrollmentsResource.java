package id.lindung.enrollment.rest;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.lindung.contracts.event.EnrollmentChange;
import id.lindung.contracts.programme.Category;
import id.lindung.contracts.programme.PayerType;
import id.lindung.contracts.region.RegionCode;
import id.lindung.contracts.security.Roles;
import id.lindung.enrollment.repository.EnrollmentRepository;
import id.lindung.enrollment.rest.api.EnrollmentPage;
import id.lindung.enrollment.rest.api.EnrollmentView;
import id.lindung.enrollment.service.QueryService;
import id.lindung.platform.problem.Problem;
import id.lindung.platform.problem.ProblemException;
import id.lindung.platform.web.Page;
import id.lindung.platform.web.PageRequest;
import id.lindung.platform.web.QueryParams;

@Path("/api/v1/enrollments")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "Enrollments", description = "Who is covered, under which payer, with history")
public class EnrollmentsResource {

    @Inject
    QueryService queries;

    @GET
    @RolesAllowed({Roles.BPJS, Roles.ADMIN, Roles.FINANCE, Roles.PLANNER, Roles.VIEWER})
    @Operation(operationId = "listEnrollments", summary = "List enrollments in a region", description = "An enrollment is in a region when its domicile or its payer lies in the region's subtree; newest first."
            + " Without region, the caller's whole scope.")
    @APIResponse(responseCode = "200", description = "One page of enrollments", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrollmentPage.class)))
    @APIResponse(responseCode = "400", description = "A filter is malformed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The region lies outside the token's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<EnrollmentView> list(
            @QueryParam("region") @Parameter(description = "ID or a Kemendagri code", example = "36.03") String region,
            @QueryParam("category") @Parameter(description = "e.g. NON_ASN, PEKERJA_RENTAN") String category,
            @QueryParam("status") @Parameter(description = "ACTIVE or ENDED") String status,
            @QueryParam("payerType") @Parameter(description = "e.g. APBD_KABKOTA") String payerType,
            @QueryParam("payerRegion") @Parameter(description = "The paying government's code", example = "36.03") String payerRegion,
            @Valid @BeanParam PageRequest page) {
        EnrollmentRepository.Filter filter = new EnrollmentRepository.Filter(
                QueryParams.region("region", region).orElse(null),
                QueryParams.enumValue("category", category, Category.class).orElse(null),
                QueryParams.enumValue("status", status, EnrollmentChange.Status.class).orElse(null),
                QueryParams.enumValue("payerType", payerType, PayerType.class).orElse(null),
                QueryParams.region("payerRegion", payerRegion).map(RegionCode::value).orElse(null));
        return queries.enrollments(filter, page.page, page.size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BPJS, Roles.ADMIN, Roles.FINANCE, Roles.PLANNER, Roles.VIEWER})
    @Operation(operationId = "getEnrollment", summary = "Read an enrollment with its history", description = "The current state and every event received for it, oldest first, including those that arrived late and changed nothing.")
    @APIResponse(responseCode = "200", description = "The enrollment and every event it received", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The enrollment lies outside the token's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such enrollment", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EnrollmentView get(
            @Parameter(description = "Id of the enrollment", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return queries.enrollment(QueryParams.uuid("id", id))
                .orElseThrow(() -> ProblemException.notFound("enrollment " + id));
    }
}
