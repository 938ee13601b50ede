package id.lindung.enrollment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.lindung.contracts.security.Roles;
import id.lindung.enrollment.rest.api.ParticipantList;
import id.lindung.enrollment.rest.api.ParticipantSearch;
import id.lindung.enrollment.rest.api.ParticipantView;
import id.lindung.enrollment.service.QueryService;
import id.lindung.platform.problem.Problem;
import id.lindung.platform.problem.ProblemException;
import id.lindung.platform.web.QueryParams;

@Path("/api/v1/participants")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "Participants", description = "People enrolled through BPJS; NIK masked except for bpjs and admin")
public class ParticipantsResource {

    @Inject
    QueryService queries;

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BPJS, Roles.ADMIN})
    @Operation(operationId = "searchParticipants", summary = "Find a participant by NIK or KPJ", description = "The identifier travels in the body, never in a URL. Exactly one of nik and kpj.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParticipantSearch.class), examples = {
            @ExampleObject(name = "by NIK", value = "{\"nik\":\"3603014501900001\"}"),
            @ExampleObject(name = "by KPJ", value = "{\"kpj\":\"22011234567\"}")}))
    @APIResponse(responseCode = "200", description = "The participants found (possibly none)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParticipantList.class)))
    @APIResponse(responseCode = "400", description = "Neither or both identifiers, or a malformed NIK", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role is not bpjs or admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ParticipantList search(ParticipantSearch search) {
        return new ParticipantList(queries.search(search));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BPJS, Roles.ADMIN, Roles.FINANCE, Roles.PLANNER, Roles.VIEWER})
    @Operation(operationId = "getParticipant", summary = "Read a participant with the enrollments within the caller's scope", description = "Full NIK, KPJ and birth date for bpjs and admin, the name also for finance, the NIK masked for everyone else; only the enrollments within the token's region.")
    @APIResponse(responseCode = "200", description = "The participant", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParticipantView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "No enrollment of the participant lies within the token's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such participant", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ParticipantView get(
            @Parameter(description = "Id of the participant", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return queries.participant(QueryParams.uuid("id", id))
                .orElseThrow(() -> ProblemException.notFound("participant " + id));
    }
}
