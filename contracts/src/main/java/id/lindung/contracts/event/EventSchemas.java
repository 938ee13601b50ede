package id.lindung.contracts.event;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The JSON Schemas of the events on the Kafka topics, one per CloudEvent type. Producers validate in their tests,
 * consumers validate every record and dead-letter the ones that fail.
 */
public final class EventSchemas {

    private static final Map<String, String> SCHEMA_BY_TYPE = Map.ofEntries(
            Map.entry(EventTypes.ENROLLMENT_ACTIVATED, "enrollment-change.v1.json"),
            Map.entry(EventTypes.ENROLLMENT_CHANGED, "enrollment-change.v1.json"),
            Map.entry(EventTypes.ENROLLMENT_ENDED, "enrollment-change.v1.json"),
            Map.entry(EventTypes.DOUBLE_FUNDING_DETECTED, "double-funding-detected.v1.json"),
            Map.entry(EventTypes.BUDGET_LINE_ALLOCATED, "budget-line-change.v1.json"),
            Map.entry(EventTypes.BUDGET_LINE_REVISED, "budget-line-change.v1.json"),
            Map.entry(EventTypes.BUDGET_DISBURSEMENT_RECORDED, "disbursement-recorded.v1.json"),
            Map.entry(EventTypes.BUDGET_POSITION_CHANGED, "funding-pool-position.v1.json"),
            Map.entry(EventTypes.BUDGET_SHORTFALL_FORECAST, "funding-pool-position.v1.json"));

    /** The schemas' {@code $id}s live under this prefix; they resolve from the classpath, never the network. */
    private static final String ID_PREFIX = "https://lindung.id/schemas/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(
                    mappers -> mappers.mapPrefix(ID_PREFIX, "classpath:id/lindung/contracts/schemas/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

    /** The JSON Schema of one inbound BPJS enrollment record (not a CloudEvent): REST body items and Kafka values. */
    public static final String BPJS_ENROLLMENT_RECORD = "bpjs-enrollment-record.v1.json";

    private EventSchemas() {
    }

    /** Whether a schema is known for the type. */
    public static boolean knows(String type) {
        return SCHEMA_BY_TYPE.containsKey(type);
    }

    /** Every violation of the event's schema, empty when valid; an unknown type is itself a violation. */
    public static List<String> violations(JsonNode event) {
        JsonNode type = event.get("type");
        if (type == null || !type.isTextual() || !knows(type.asText())) {
            return List.of("type: unknown event type " + type);
        }
        return schemaFor(type.asText()).validate(event).stream().map(ValidationMessage::getMessage).toList();
    }

    /** Every violation of a document against one of the schemas by file name, e.g. {@link #BPJS_ENROLLMENT_RECORD}. */
    public static List<String> violations(String schemaFile, JsonNode document) {
        return LOADED.computeIfAbsent(schemaFile, EventSchemas::load).validate(document).stream()
                .map(ValidationMessage::getMessage)
                .toList();
    }

    private static JsonSchema schemaFor(String type) {
        return LOADED.computeIfAbsent(SCHEMA_BY_TYPE.get(type), EventSchemas::load);
    }

    private static JsonSchema load(String file) {
        return FACTORY.getSchema(SchemaLocation.of(ID_PREFIX + file), CONFIG);
    }
}
