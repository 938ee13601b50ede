package id.lindung.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

class OpenApiConventionsTest {

    @Test
    void rolesLeaveTheBearerRequirementForXRoles() {
        Operation operation = OASFactory.createOperation().operationId("listBudgetLines")
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer",
                        List.of("viewer", "finance")));

        filter("/api/v1/budget-lines", operation);

        assertThat(operation.getSecurity()).hasSize(1);
        assertThat(operation.getSecurity().get(0).getScheme("bearer")).isEmpty();
        assertThat(operation.getExtensions()).containsEntry(OpenApiConventions.ROLES_EXTENSION,
                List.of("finance", "viewer"));
    }

    @Test
    void quarantineOperationsCarryTheirServiceInTheOperationId() {
        Operation list = OASFactory.createOperation().operationId("listQuarantine");
        Operation replay = OASFactory.createOperation().operationId("replayQuarantinedRecord");

        filter("/api/v1/enrollment/quarantine", list);
        filter("/api/v1/budget/quarantine/{id}/replay", replay);

        assertThat(list.getOperationId()).isEqualTo("listEnrollmentQuarantine");
        assertThat(replay.getOperationId()).isEqualTo("replayBudgetQuarantinedRecord");
    }

    @Test
    void anNdjsonExampleParsedIntoJsonBecomesTextAgain() {
        Operation operation = OASFactory.createOperation().operationId("postEnrollmentRecords")
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                        .addMediaType("application/x-ndjson", OASFactory.createMediaType().addExample("one",
                                OASFactory.createExample().value(Map.of("eventId", "bpjs-1"))))
                        .addMediaType("application/json", OASFactory.createMediaType().addExample("one",
                                OASFactory.createExample().value(List.of(Map.of("eventId", "bpjs-1")))))));

        filter("/api/v1/enrollment-events", operation);

        var content = operation.getRequestBody().getContent();
        assertThat(content.getMediaType("application/x-ndjson").getExamples().get("one").getValue())
                .isEqualTo("{\"eventId\":\"bpjs-1\"}\n");
        assertThat(content.getMediaType("application/json").getExamples().get("one").getValue())
                .isEqualTo(List.of(Map.of("eventId", "bpjs-1")));
    }

    @Test
    void jsonComesFirstInARequestBodyThatAlsoTakesNdjson() {
        Operation operation = OASFactory.createOperation().operationId("postEnrollmentRecords")
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                        .addMediaType("application/x-ndjson", OASFactory.createMediaType())
                        .addMediaType("application/json", OASFactory.createMediaType())));

        filter("/api/v1/enrollment-events", operation);

        assertThat(operation.getRequestBody().getContent().getMediaTypes().keySet())
                .containsExactly("application/json", "application/x-ndjson");
    }

    @Test
    void theJdkTypesGetTheShapeTheyHaveOnTheWire() {
        OpenAPI openAPI = OASFactory.createOpenAPI().components(OASFactory.createComponents()
                .addSchema("YearMonth", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)));

        new OpenApiConventions().filterOpenAPI(openAPI);

        Schema month = openAPI.getComponents().getSchemas().get("YearMonth");
        assertThat(month.getType()).containsExactly(Schema.SchemaType.STRING);
        assertThat(month.getPattern()).isEqualTo("^[0-9]{4}-(0[1-9]|1[0-2])$");
        assertThat(openAPI.getComponents().getSchemas()).doesNotContainKey("LocalDate");
    }

    private static void filter(String path, Operation operation) {
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem(path, OASFactory.createPathItem().GET(operation)));
        new OpenApiConventions().filterOpenAPI(openAPI);
    }
}
