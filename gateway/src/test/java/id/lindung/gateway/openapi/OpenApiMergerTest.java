package id.lindung.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void onlyPathsTheGatewayRoutesToTheServiceAreKept() {
        ObjectNode merged = OpenApiMerger.merge(List.of(
                service("a", "/api/v1/a", """
                        {"paths": {"/api/v1/a": {"get": {}}, "/internal/a": {"get": {}}}}""")), "API", "1");

        assertThat(merged.path("paths").properties()).extracting(path -> path.getKey()).containsExactly("/api/v1/a");
    }

    @Test
    void identicalComponentsAreKeptOnce() {
        String problem = """
                {"components": {"schemas": {"Problem": {"type": "object"}}}}""";

        ObjectNode merged = OpenApiMerger.merge(List.of(service("a", "/a", problem), service("b", "/b", problem)), "API",
                "1");

        assertThat(merged.path("components").path("schemas").properties()).extracting(schema -> schema.getKey())
                .containsExactly("Problem");
    }

    @Test
    void aClashingComponentIsQualifiedWithItsServiceAndEveryReferenceFollows() {
        ObjectNode merged = OpenApiMerger.merge(List.of(
                service("a", "/a", """
                        {"components": {"schemas": {"Item": {"type": "string"}}}}"""),
                service("b", "/b", """
                        {"paths": {"/b": {"get": {"responses": {"200": {"content": {"application/json": {"schema":
                          {"$ref": "#/components/schemas/Item"}}}}}}}},
                         "components": {"schemas": {"Item": {"type": "integer"},
                           "Pet": {"oneOf": [{"$ref": "#/components/schemas/Item"}],
                                   "discriminator": {"mapping": {"item": "#/components/schemas/Item"}}}}}}""")),
                "API", "1");

        JsonNode schemas = merged.path("components").path("schemas");
        assertThat(schemas.path("Item").path("type").asText()).isEqualTo("string");
        assertThat(schemas.path("b.Item").path("type").asText()).isEqualTo("integer");
        assertThat(schemas.path("Pet").path("oneOf").get(0).path("$ref").asText()).isEqualTo("#/components/schemas/b.Item");
        assertThat(schemas.path("Pet").path("discriminator").path("mapping").path("item").asText())
                .isEqualTo("#/components/schemas/b.Item");
        assertThat(merged.at("/paths/~1b/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/b.Item");
    }

    @Test
    void aComponentThatOnlyDiffersByAReferenceToARenamedOneIsRenamedToo() {
        ObjectNode merged = OpenApiMerger.merge(List.of(
                service("a", "/a", """
                        {"components": {"schemas": {"Item": {"type": "string"},
                          "Page": {"items": {"$ref": "#/components/schemas/Item"}}}}}"""),
                service("b", "/b", """
                        {"components": {"schemas": {"Item": {"type": "integer"},
                          "Page": {"items": {"$ref": "#/components/schemas/Item"}}}}}""")),
                "API", "1");

        JsonNode schemas = merged.path("components").path("schemas");
        assertThat(schemas.path("Page").path("items").path("$ref").asText()).isEqualTo("#/components/schemas/Item");
        assertThat(schemas.path("b.Page").path("items").path("$ref").asText()).isEqualTo("#/components/schemas/b.Item");
    }

    @Test
    void theBearerSchemeIsDeclaredAndRequiredAndServersAreDropped() {
        ObjectNode merged = OpenApiMerger.merge(List.of(service("a", "/a", """
                {"openapi": "3.1.0", "servers": [{"url": "http://localhost:8081"}]}""")), "Lindung API", "0.1.0");

        assertThat(merged.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(merged.path("info").path("title").asText()).isEqualTo("Lindung API");
        assertThat(merged.has("servers")).isFalse();
        assertThat(merged.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(merged.path("security").get(0).has("bearer")).isTrue();
    }

    private static OpenApiMerger.ServiceDocument service(String name, String prefix, String document) {
        try {
            return new OpenApiMerger.ServiceDocument(name, JSON.readTree(document), path -> path.startsWith(prefix));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
