package id.lindung.platform.quarantine;

import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.lindung.contracts.security.Roles;
import id.lindung.platform.problem.Problem;
import id.lindung.platform.problem.ProblemException;
import id.lindung.platform.web.Page;
import id.lindung.platform.web.PageRequest;
import id.lindung.platform.web.QueryParams;

/**
 * The quarantine of a service's consumers, for operators: list, look at one, replay. Each service subclasses it with
 * its own path ({@code /api/v1/<service>/quarantine}, routed by the gateway's prefix table), so the operations are
 * written once.
 */
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "Quarantine", description = "Records a consumer could never process: why, and their replay once the cause is fixed")
public abstract class QuarantineResource {

    private static final Pattern CONSUMER_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private static final String EXAMPLE = """
            {"items":[{"id":"0b9c3c8e-4f43-4a4e-9a57-1d1f1b0c2a11","consumer":"bpjs-enrollment-events",
            "topic":"bpjs.enrollment-events","partition":3,"offset":1042,"eventId":"bpjs-2026-000123",
            "reasons":["wageBase: must be a positive whole rupiah amount"],"status":"QUARANTINED",
            "quarantinedAt":"2026-12-01T08:00:00Z",
            "payload":"{\\"nik\\":\\"360301**********01\\",\\"fullName\\":\\"***\\"}"}],
            "page":0,"size":50,"totalItems":1,"totalPages":1}""";

    @Inject
    QuarantineService quarantine;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer", scopes = Roles.ADMIN)
    @Operation(operationId = "listQuarantine", summary = "List quarantined records", description = "Records this service's consumers"
            + " could never process, newest first, with their reasons; NIK and name masked. Role admin.")
    @APIResponse(responseCode = "200", description = "One page of quarantined records", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuarantinePage.class), examples = @ExampleObject(name = "one record", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<QuarantineView> list(
            @QueryParam("consumer") @Parameter(description = "Only this consumer's records (lower-case letters, digits and dashes)", example = "enrollment-events") String consumer,
            @QueryParam("status") @Parameter(description = "QUARANTINED or REPLAYED", example = "QUARANTINED") String status,
            @Valid @BeanParam PageRequest page) {
        return quarantine.list(consumerName(consumer),
                QueryParams.enumValue("status", status, QuarantinedRecord.Status.class).orElse(null), page.page,
                page.size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer", scopes = Roles.ADMIN)
    @Operation(operationId = "getQuarantinedRecord", summary = "Get a quarantined record", description = "Where it came from, why"
            + " it was refused and what its last replay did; NIK and name masked. Role admin.")
    @APIResponse(responseCode = "200", description = "The record", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuarantineView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such record (never quarantined, or purged)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuarantineView get(
            @PathParam("id") @Parameter(description = "Quarantine id (UUID)", example = "0b9c3c8e-4f43-4a4e-9a57-1d1f1b0c2a11") String id) {
        return quarantine.find(QueryParams.uuid("id", id))
                .orElseThrow(() -> ProblemException.notFound("quarantined record " + id));
    }

    @POST
    @Path("{id}/replay")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer", scopes = Roles.ADMIN)
    @Operation(operationId = "replayQuarantinedRecord", summary = "Replay a quarantined record", description = "Runs the record"
            + " through its consumer's logic again, after its cause was fixed. Idempotent: a record taken by an earlier"
            + " replay (or applied meanwhile) answers the same result and changes nothing. A record still refused stays"
            + " quarantined with its new reasons. No request body. Role admin.")
    @APIResponse(responseCode = "200", description = "What the replay did", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReplayResult.class), examples = @ExampleObject(name = "applied", value = """
            {"id":"0b9c3c8e-4f43-4a4e-9a57-1d1f1b0c2a11","outcome":"applied","status":"REPLAYED","reasons":[]}""")))
    @APIResponse(responseCode = "400", description = "The id is not a UUID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such record", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The database is unavailable; replay again later", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReplayResult replay(
            @PathParam("id") @Parameter(description = "Quarantine id (UUID)", example = "0b9c3c8e-4f43-4a4e-9a57-1d1f1b0c2a11") String id) {
        return quarantine.replay(QueryParams.uuid("id", id))
                .orElseThrow(() -> ProblemException.notFound("quarantined record " + id));
    }

    /** Consumer names are channel names; anything else (NUL, control characters, a 100 kB string) names no consumer. */
    private static String consumerName(String consumer) {
        if (consumer == null || consumer.isBlank()) {
            return null;
        }
        String name = consumer.trim();
        if (!CONSUMER_NAME.matcher(name).matches()) {
            throw ProblemException.invalid("consumer", "must be a consumer name: lower-case letters, digits and dashes");
        }
        return name;
    }
}
