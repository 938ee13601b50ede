package id.lindung.gateway.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import id.lindung.gateway.client.BackendClient;
import id.lindung.gateway.config.GatewayConfig;
import id.lindung.gateway.openapi.OpenApiMerger;
import id.lindung.gateway.proxy.RouteTable;

/**
 * {@code /q/openapi} on the gateway is the whole API: the services' documents are fetched when asked for and merged
 * (see {@link OpenApiMerger}), so the document never lags behind a deployed service. Swagger UI on the gateway shows
 * it. Like Quarkus' own endpoint it answers YAML unless {@code ?format=json} or {@code Accept: application/json}.
 */
@Singleton
public class OpenApiRoute {

    private static final String TITLE = "Lindung API";
    private static final String DESCRIPTION = "Every operation of enrollment-service, budget-service and"
            + " reporting-service that the gateway routes: BPJS Ketenagakerjaan enrollments of non-ASN and vulnerable"
            + " workers, the APBD/APBDes budget lines that pay their contributions (Inpres 2/2021), and the coverage"
            + " and budget reports per Kemendagri region. Every call needs a bearer token; its region claim bounds"
            + " what it sees.";

    private final BackendClient client;
    private final GatewayConfig config;
    private final RouteTable routes;
    private final Problems problems;
    private final ObjectMapper json;
    private final YAMLMapper yaml = new YAMLMapper();
    private final String version;

    OpenApiRoute(BackendClient client, GatewayConfig config, RouteTable routes, Problems problems, ObjectMapper json,
            @ConfigProperty(name = "quarkus.application.version") String version) {
        this.client = client;
        this.config = config;
        this.routes = routes;
        this.problems = problems;
        this.json = json;
        this.version = version;
    }

    void register(@Observes Router router) {
        router.get("/q/openapi").handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        Map<String, Future<JsonNode>> documents = new TreeMap<>();
        config.backends().forEach((name, uri) -> documents.put(name,
                client.get(uri, config.probes().openapiPath(), config.probes().timeout()).map(this::document)));
        Future.join(List.copyOf(documents.values())).onComplete(ignored -> {
            List<String> missing = documents.entrySet().stream()
                    .filter(document -> document.getValue().failed())
                    .map(Map.Entry::getKey)
                    .toList();
            if (!missing.isEmpty()) {
                problems.send(ctx, Problem.Kind.BACKEND_UNAVAILABLE,
                        "the OpenAPI documents of " + missing + " cannot be fetched, so the merged one would be incomplete");
                return;
            }
            List<OpenApiMerger.ServiceDocument> services = documents.entrySet().stream()
                    .map(document -> new OpenApiMerger.ServiceDocument(document.getKey(), document.getValue().result(),
                            ownedBy(document.getKey())))
                    .toList();
            try {
                send(ctx, OpenApiMerger.merge(services, TITLE, version, DESCRIPTION));
            } catch (OpenApiMerger.ConflictingDocumentsException e) {
                problems.send(ctx, Problem.Kind.BAD_GATEWAY, "the services' OpenAPI documents clash: " + e.getMessage());
            }
        });
    }

    /** The paths the route table sends to this backend: only these work through the gateway. */
    private Predicate<String> ownedBy(String backend) {
        return path -> routes.match(path).filter(route -> route.backend().equals(backend)).isPresent();
    }

    private void send(RoutingContext ctx, JsonNode document) {
        boolean asJson = wantsJson(ctx);
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE,
                        asJson ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
                .end(write(asJson ? json : yaml, document));
    }

    private JsonNode document(BackendClient.Reply reply) {
        if (reply.status() != 200) {
            throw new IllegalStateException("HTTP " + reply.status());
        }
        try {
            return json.readTree(reply.body().getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean wantsJson(RoutingContext ctx) {
        String format = ctx.request().getParam("format");
        if (format != null) {
            return format.equalsIgnoreCase("json");
        }
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("application/json");
    }

    private static Buffer write(ObjectMapper mapper, JsonNode document) {
        try {
            return Buffer.buffer(mapper.writeValueAsBytes(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
