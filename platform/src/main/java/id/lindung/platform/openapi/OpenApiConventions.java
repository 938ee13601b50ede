package id.lindung.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Makes every service's document one the OpenAPI tools accept as it is, and one the gateway can merge without renaming:
 * <ul>
 * <li>the JDK types every service uses ({@code LocalDate}, {@code OffsetDateTime}, {@code YearMonth}, {@code UUID}) get
 * one definition each, the one the JSON on the wire has, so no two services define them differently;</li>
 * <li>the roles of {@code @RolesAllowed}, which Quarkus writes as scopes of the bearer requirement, move to the
 * operation's {@code x-roles}: a bearer scheme has no scopes, and the linters refuse undeclared ones;</li>
 * <li>an example of a body that is not JSON (NDJSON) stays text: SmallRye parses every annotated example as JSON
 * whatever its media type (smallrye-open-api#2263), and the linters then find an object where the schema says
 * string;</li>
 * <li>a request body that takes JSON and another format lists JSON first: client generators type a request by its
 * first media type, and two resource methods for one path (JSON and NDJSON) come out in either order;</li>
 * <li>the quarantine operations, written once for every service, get operationIds with the service in them
 * ({@code listEnrollmentQuarantine}), so operationIds stay unique in the merged document.</li>
 * </ul>
 * Runs after Quarkus' own filters (lowest priority), which add the role scopes.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = Integer.MIN_VALUE)
public class OpenApiConventions implements OASFilter {

    /** The extension that lists the roles an operation admits. */
    public static final String ROLES_EXTENSION = "x-roles";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";
    private static final Pattern QUARANTINE_PATH = Pattern.compile("/api/v1/([a-z]+)/quarantine(/.*)?");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            Components components = openAPI.getComponents();
            replaceIfPresent(components, "LocalDate", string("date", "A calendar date, ISO 8601", "2026-12-01"));
            replaceIfPresent(components, "OffsetDateTime",
                    string("date-time", "An instant with its UTC offset, ISO 8601", "2026-12-01T08:00:00Z"));
            replaceIfPresent(components, "UUID", string("uuid", "A UUID", "0b9c3c8e-4f43-4a4e-9a57-1d1f1b0c2a11"));
            replaceIfPresent(components, "YearMonth", string(null, "A month, ISO 8601 (yyyy-MM)", "2026-10")
                    .pattern("^[0-9]{4}-(0[1-9]|1[0-2])$"));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(operation -> {
                    moveRolesToExtension(operation);
                    keepTextExamplesText(operation);
                    putJsonFirst(operation);
                    qualifyQuarantineOperation(path, operation);
                });
            }
        });
    }

    private static void replaceIfPresent(Components components, String name, Schema canonical) {
        if (components.getSchemas().containsKey(name)) {
            components.addSchema(name, canonical);
        }
    }

    private static Schema string(String format, String description, String example) {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description)
                .examples(List.of(example));
        return format == null ? schema : schema.format(format);
    }

    private static void moveRolesToExtension(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            return;
        }
        TreeSet<String> roles = new TreeSet<>();
        List<SecurityRequirement> requirements = new ArrayList<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            SecurityRequirement plain = OASFactory.createSecurityRequirement();
            requirement.getSchemes().forEach((scheme, scopes) -> {
                if (scopes != null) {
                    roles.addAll(scopes);
                }
                plain.addScheme(scheme);
            });
            requirements.add(plain);
        }
        operation.setSecurity(requirements);
        if (!roles.isEmpty()) {
            operation.addExtension(ROLES_EXTENSION, List.copyOf(roles));
        }
    }

    private static void keepTextExamplesText(Operation operation) {
        List<Content> contents = new ArrayList<>();
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            contents.add(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().stream().map(APIResponse::getContent)
                    .filter(Objects::nonNull).forEach(contents::add);
        }
        for (Content content : contents) {
            if (content.getMediaTypes() == null) {
                continue;
            }
            content.getMediaTypes().forEach((type, media) -> {
                if (type.contains("json") && !type.contains("ndjson") || media.getExamples() == null) {
                    return;
                }
                media.getExamples().values().stream().filter(example -> example.getValue() != null
                        && !(example.getValue() instanceof String))
                        .forEach(example -> example.setValue(asText(example.getValue(), type)));
            });
        }
    }

    private static void putJsonFirst(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaTypes() == null) {
            return;
        }
        Content content = operation.getRequestBody().getContent();
        Map<String, MediaType> types = new LinkedHashMap<>();
        MediaType json = content.getMediaType(JSON_TYPE);
        if (json == null) {
            return;
        }
        types.put(JSON_TYPE, json);
        content.getMediaTypes().forEach(types::putIfAbsent);
        content.setMediaTypes(types);
    }

    private static String asText(Object parsed, String mediaType) {
        try {
            String json = JSON.writeValueAsString(parsed);
            return mediaType.contains("ndjson") ? json + "\n" : json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an example that cannot be written back as text", e);
        }
    }

    private static void qualifyQuarantineOperation(String path, Operation operation) {
        Matcher quarantine = QUARANTINE_PATH.matcher(path);
        String id = operation.getOperationId();
        if (!quarantine.matches() || id == null) {
            return;
        }
        String service = quarantine.group(1);
        String qualifier = service.substring(0, 1).toUpperCase(Locale.ROOT) + service.substring(1);
        // listQuarantine -> listEnrollmentQuarantine; getQuarantinedRecord -> getEnrollmentQuarantinedRecord
        int verbEnd = 0;
        while (verbEnd < id.length() && Character.isLowerCase(id.charAt(verbEnd))) {
            verbEnd++;
        }
        operation.setOperationId(id.substring(0, verbEnd) + qualifier + id.substring(verbEnd));
    }
}
