package id.lindung.enrollment.rest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.lindung.contracts.security.Roles;
import id.lindung.enrollment.domain.BpjsRecord;
import id.lindung.enrollment.domain.CheckedRecord;
import id.lindung.enrollment.rest.api.IngestionReport;
import id.lindung.enrollment.service.EnrollmentEventsIntake;
import id.lindung.platform.problem.Problem;
import id.lindung.platform.problem.ProblemException;

/** The REST door of BPJS integration jobs. */
@Path("/api/v1/enrollment-events")
@Tag(name = "Enrollment events", description = "Inbound records from BPJS Ketenagakerjaan")
public class EnrollmentEventsResource {

    public static final String NDJSON = "application/x-ndjson";

    private static final String EXAMPLE = """
            [{"eventId":"bpjs-2025-000001","type":"ENROLLED","occurredAt":"2025-01-15T08:00:00+07:00",
              "kpj":"22011234567","nik":"3603014501900001","fullName":"Siti Aminah","birthDate":"1990-01-05",
              "sex":"FEMALE","segment":"PU","category":"NON_ASN","occupation":"Tenaga administrasi",
              "domicileRegion":"36.03.01.2003","payer":{"type":"APBD_KABKOTA","region":"36.03"},
              "programmes":["JKK","JKM"],"wageBase":1000000,"riskClass":1,"coverageStart":"2025-01-01"}]""";

    /** The same record as NDJSON: a string, one compact JSON record per line. */
    private static final String NDJSON_EXAMPLE = "{\"eventId\":\"bpjs-2025-000001\",\"type\":\"ENROLLED\","
            + "\"occurredAt\":\"2025-01-15T08:00:00+07:00\",\"kpj\":\"22011234567\",\"nik\":\"3603014501900001\","
            + "\"fullName\":\"Siti Aminah\",\"birthDate\":\"1990-01-05\",\"sex\":\"FEMALE\",\"segment\":\"PU\","
            + "\"category\":\"NON_ASN\",\"occupation\":\"Tenaga administrasi\",\"domicileRegion\":\"36.03.01.2003\","
            + "\"payer\":{\"type\":\"APBD_KABKOTA\",\"region\":\"36.03\"},\"programmes\":[\"JKK\",\"JKM\"],"
            + "\"wageBase\":1000000,\"riskClass\":1,\"coverageStart\":\"2025-01-01\"}\n";

    @Inject
    ObjectMapper json;

    @Inject
    EnrollmentEventsIntake intake;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.BPJS, Roles.ADMIN})
    @Operation(operationId = "postEnrollmentRecords", summary = "Post a batch of BPJS enrollment records", description = "Up to 10,000 records as a JSON array. Each record is answered on its own: accepted (applied,"
            + " or kept in history when older than the current state), duplicate (eventId seen before) or"
            + " rejected with every reason. Rejected records never block the valid ones. When no record is"
            + " accepted or duplicate the answer is a 422 problem naming every bad field as [index].field.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = BpjsRecord.class), examples = @ExampleObject(name = "one record", value = EXAMPLE)),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, description = "One BpjsEnrollmentRecord (JSON) per line"), examples = @ExampleObject(name = "one record per line", value = NDJSON_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "Every record answered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestionReport.class)))
    @APIResponse(responseCode = "400", description = "The body is not a JSON array", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role is not bpjs or admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More than 10,000 records", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Every record was rejected", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The database is unavailable; send the batch again", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IngestionReport postJson(InputStream body) {
        JsonNode array = readJson(body);
        if (!array.isArray()) {
            throw ProblemException.invalid("body", "must be a JSON array of records");
        }
        intake.requireBatchSize(array.size());
        List<CheckedRecord> checked = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            checked.add(intake.check(i, array.get(i)));
        }
        return intake.ingestRequest(checked);
    }

    @POST
    @Consumes(NDJSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.BPJS, Roles.ADMIN})
    @Operation(operationId = "postEnrollmentRecords", summary = "Post a batch of BPJS enrollment records as NDJSON", description = "The same as the JSON array, one record per line (blank lines are skipped). A line that is"
            + " not valid JSON is rejected on its own.")
    @APIResponse(responseCode = "200", description = "Every record answered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestionReport.class)))
    @APIResponse(responseCode = "403", description = "Role is not bpjs or admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More than 10,000 records", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Every record was rejected", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The database is unavailable; send the batch again", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IngestionReport postNdjson(InputStream body) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line);
                    intake.requireBatchSize(lines.size());
                }
            }
        } catch (IOException e) {
            throw ProblemException.invalid("body", "could not be read: " + e.getMessage());
        }
        List<CheckedRecord> checked = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            checked.add(intake.check(i, lines.get(i)));
        }
        return intake.ingestRequest(checked);
    }

    private JsonNode readJson(InputStream body) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ProblemException.invalid("body", "is empty: send a JSON array of records");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("body", "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ProblemException.invalid("body", "could not be read: " + e.getMessage());
        }
    }
}
