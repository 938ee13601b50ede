package id.lindung.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void onlyPathsTheGatewayRoutesToTheServiceAreKept() {
        ObjectNode merged = OpenApiMerger.merge(List.of(
                service("a", "/api/v1/a", """
                        {"paths": {"/api/v1/a": {"get": {}}, "/internal/a": {"get": {}}}}""")), "API", "1", "d");

        assertThat(merged.path("paths").properties()).extracting(path -> path.getKey()).containsExactly("/api/v1/a");
    }

    @Test
    void identicalComponentsAreKeptOnce() {
        String problem = """
                {"components": {"schemas": {"Problem": {"type": "object"}}}}""";

        ObjectNode merged = OpenApiMerger.merge(List.of(service("a", "/a", problem), service("b", "/b", problem)), "API",
                "1", "d");

        assertThat(merged.path("components").path("schemas").properties()).extracting(schema -> schema.getKey())
                .containsExactly("Problem");
    }

    @Test
    void aNameTwoServicesGiveToDifferentComponentsFailsTheMergeNamingIt() {
        List<OpenApiMerger.ServiceDocument> clashing = List.of(
                service("a", "/a", """
                        {"components": {"schemas": {"Item": {"type": "string"}}}}"""),
                service("b", "/b", """
                        {"components": {"schemas": {"Item": {"type": "integer"}}}}"""));

        assertThatThrownBy(() -> OpenApiMerger.merge(clashing, "API", "1", "d"))
                .isInstanceOf(OpenApiMerger.ConflictingDocumentsException.class)
                .hasMessageContaining("components/schemas/Item of b differs from the one of a");
    }

    @Test
    void anOperationIdTwoServicesUseFailsTheMerge() {
        List<OpenApiMerger.ServiceDocument> clashing = List.of(
                service("a", "/a", """
                        {"paths": {"/a": {"get": {"operationId": "list"}}}}"""),
                service("b", "/b", """
                        {"paths": {"/b": {"get": {"operationId": "list"}}}}"""));

        assertThatThrownBy(() -> OpenApiMerger.merge(clashing, "API", "1", "d"))
                .isInstanceOf(OpenApiMerger.ConflictingDocumentsException.class)
                .hasMessageContaining("operationId list of b /b is also a /a");
    }

    @Test
    void anOperationIdOfAPathTheGatewayDoesNotRouteIsNotAClash() {
        ObjectNode merged = OpenApiMerger.merge(List.of(
                service("a", "/a", """
                        {"paths": {"/a": {"get": {"operationId": "list"}}}}"""),
                service("b", "/b", """
                        {"paths": {"/internal/b": {"get": {"operationId": "list"}}}}""")), "API", "1", "d");

        assertThat(merged.path("paths").properties()).extracting(path -> path.getKey()).containsExactly("/a");
    }

    @Test
    void theBearerSchemeIsDeclaredAndRequiredAndTheOneServerIsTheGatewayItself() {
        ObjectNode merged = OpenApiMerger.merge(List.of(service("a", "/a", """
                {"openapi": "3.1.0", "servers": [{"url": "http://localhost:8081"}]}""")), "Lindung API", "0.1.0",
                "All of it");

        assertThat(merged.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(merged.path("info").path("title").asText()).isEqualTo("Lindung API");
        assertThat(merged.path("info").path("description").asText()).isEqualTo("All of it");
        assertThat(merged.path("servers")).hasSize(1);
        assertThat(merged.at("/servers/0/url").asText()).isEqualTo("/");
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
