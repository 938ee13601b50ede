package id.lindung.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.path.json.JsonPath;

import id.lindung.devstack.LindungService;
import id.lindung.devstack.RepoRoot;

/**
 * The gateway's one OpenAPI document offers every operation each service has, and every document the running suite
 * serves is the snapshot committed in {@code contracts/openapi/}: a change of the API shows as a diff of those files
 * in review, and this test fails until the snapshot is taken again ({@value #UPDATE} set to true writes them). On a
 * drift it writes openapi-diff's report to {@code target/openapi-diff/} and says whether the change breaks clients.
 */
@ExtendWith(RunningSuite.class)
class MergedOpenApiIT {

    /** Set to true to write the running suite's documents over the committed snapshots. */
    static final String UPDATE = "lindung.openapi.update";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void theMergedDocumentHasEveryOperationOfEveryService() {
        Set<String> merged = operations(RunningSuite.suite().gatewayUrl());
        for (LindungService service : LindungService.backends()) {
            Set<String> own = operations(RunningSuite.suite().serviceUrl(service));
            assertThat(own).as("%s publishes API operations", service.id()).isNotEmpty();
            assertThat(merged).as("merged OpenAPI lacks operations of %s", service.id()).containsAll(own);
        }
    }

    @Test
    void theMergedDocumentDeclaresTheBearerScheme() {
        JsonPath doc = given().baseUri(RunningSuite.suite().gatewayUrl()).accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> schemes = doc.getMap("components.securitySchemes");
        assertThat(schemes.values()).anySatisfy(scheme -> {
            assertThat(scheme).containsEntry("type", "http");
            assertThat(scheme.get("scheme").toString()).isEqualToIgnoringCase("bearer");
        });
    }

    static Stream<Arguments> documents() {
        return Stream.concat(Stream.of(Arguments.of("lindung", RunningSuite.suite().gatewayUrl())),
                LindungService.backends().stream().map(service -> Arguments.of(service.id() + "-service",
                        RunningSuite.suite().serviceUrl(service))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theRunningDocumentIsTheCommittedSnapshot(String name, String baseUrl) throws IOException {
        String running = JSON.writeValueAsString(JSON.readTree(given().baseUri(baseUrl).accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().asString())) + "\n";
        Path snapshot = RepoRoot.find().resolve("contracts/openapi").resolve(name + ".json");
        if (Boolean.getBoolean(UPDATE)) {
            Files.writeString(snapshot, running);
        }
        assertThat(snapshot).as("the committed snapshot of %s", name).exists();
        String committed = Files.readString(snapshot);
        if (JSON.readTree(committed).equals(JSON.readTree(running))) {
            return;
        }
        ChangedOpenApi diff = OpenApiCompare.fromContents(committed, running);
        Path report = Path.of("target", "openapi-diff", name + ".md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, markdown(diff));
        throw new AssertionError("""
                The running suite's OpenAPI document of %s is not the committed %s (%s; the API diff is in %s).
                If the change is meant, take the snapshot again and commit it:
                  ./mvnw install -DskipTests && ./mvnw verify -pl system-tests -Dit.test=MergedOpenApiIT -D%s=true"""
                .formatted(name, RepoRoot.find().relativize(snapshot),
                        diff.isIncompatible() ? "the change BREAKS existing clients" : "clients built on it still work",
                        report.toAbsolutePath(), UPDATE));
    }

    /** The diff check itself: an operation gone from the document is a breaking change. */
    @Test
    void removingAnOperationFromTheSnapshotIsABreakingChange() throws IOException {
        String committed = Files.readString(RepoRoot.find().resolve("contracts/openapi/lindung.json"));
        ObjectNode fewer = (ObjectNode) JSON.readTree(committed);
        ((ObjectNode) fewer.path("paths")).remove("/api/v1/reports/rankings");

        ChangedOpenApi diff = OpenApiCompare.fromContents(committed, JSON.writeValueAsString(fewer));

        assertThat(diff.isIncompatible()).isTrue();
        assertThat(diff.getMissingEndpoints()).extracting(endpoint -> endpoint.getPathUrl())
                .containsOnly("/api/v1/reports/rankings");
    }

    private static String markdown(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** "METHOD /path" of every API operation in the document served at the base URL. */
    private static Set<String> operations(String baseUrl) {
        JsonNode doc;
        try {
            doc = JSON.readTree(given().baseUri(baseUrl).accept("application/json").get("/q/openapi?format=json")
                    .then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Set<String> operations = new TreeSet<>();
        doc.path("paths").properties().forEach(path -> {
            if (path.getKey().startsWith("/api/")) {
                path.getValue().properties().stream()
                        .filter(item -> Set.of("get", "put", "post", "delete", "patch").contains(item.getKey()))
                        .forEach(item -> operations.add(item.getKey().toUpperCase() + " " + path.getKey()));
            }
        });
        return operations;
    }
}
