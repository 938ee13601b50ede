package id.lindung.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

import id.lindung.devstack.KeycloakProcess;
import id.lindung.devstack.LindungService;
import id.lindung.devstack.RepoRoot;
import id.lindung.devstack.Suite;
import id.lindung.devstack.SuiteOptions;

/**
 * The suite with a real identity provider: Keycloak with realm {@code lindung} ({@code deploy/keycloak/}), which every
 * service and the gateway trust through its JWKS URL instead of the devstack's key. Tokens come by password grant for
 * the dev users. A suite of its own (the shared {@link RunningSuite} trusts the devstack's key), booted once.
 */
class KeycloakIT {

    /** The dev user of deploy/keycloak/dev/: a dashboard of Kabupaten Tangerang. */
    private static final String USER = "viewer-36.03";
    private static final String OWN_REGION = "36.03";
    private static final String OTHER_REGENCY = "36.04";
    /** A client of the realm like lindung-cli but without the audience mapper (made here through the admin API). */
    private static final String NO_AUDIENCE_CLIENT = "lindung-test-no-audience";
    /** A client of the realm like lindung-cli whose access tokens live one second (client attribute). */
    private static final String SHORT_LIVED_CLIENT = "lindung-test-short-lived";
    /**
     * The services' clock skew (the gateway allows 30 s, the services 60 s) is cut to one second here, so that the
     * expiry of a token is seen within seconds rather than a minute.
     */
    private static final List<String> JVM_OPTIONS = Stream.concat(SuiteOptions.DEFAULT_JVM_OPTIONS.stream(),
            Stream.of("-Dlindung.gateway.rate-limits-enabled=false", "-Dmp.jwt.verify.clock.skew=1")).toList();

    private static Suite suite;
    private static KeycloakProcess keycloak;

    @BeforeAll
    static void bootWithKeycloak() {
        Path work = Path.of("target/keycloak-suite");
        suite = Suite.start(SuiteOptions.forTests(RepoRoot.find(), work).withKeycloak(work.resolve("keycloak"))
                .withJvmOptions(JVM_OPTIONS).withReadyTimeout(Duration.ofMinutes(5)),
                message -> System.out.println("keycloak suite: " + message));
        keycloak = suite.keycloak().orElseThrow();
        String admin = keycloak.adminToken();
        createClient(admin, Map.of("clientId", NO_AUDIENCE_CLIENT, "publicClient", true,
                "standardFlowEnabled", false, "directAccessGrantsEnabled", true, "fullScopeAllowed", false,
                "defaultClientScopes", List.of(),
                "protocolMappers", List.of(
                        mapper("groups", "oidc-group-membership-mapper", Map.of("claim.name", "groups",
                                "full.path", "false", "multivalued", "true", "access.token.claim", "true")),
                        mapper("region", "oidc-usermodel-attribute-mapper", Map.of("user.attribute", "region",
                                "claim.name", "region", "jsonType.label", "String", "multivalued", "false",
                                "access.token.claim", "true")))));
        createClient(admin, Map.of("clientId", SHORT_LIVED_CLIENT, "publicClient", true,
                "standardFlowEnabled", false, "directAccessGrantsEnabled", true, "fullScopeAllowed", false,
                "defaultClientScopes", List.of("lindung"),
                "attributes", Map.of("access.token.lifespan", "1")));
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void aKeycloakTokenOfTheRegionReachesEveryServiceThroughTheGatewayAndIsRefusedForAnotherRegency() {
        String token = token(KeycloakProcess.CLI_CLIENT);
        for (String path : paths(OWN_REGION)) {
            given().baseUri(suite.gatewayUrl()).auth().oauth2(token)
                    .when().get(path)
                    .then().statusCode(200);
        }
        for (String path : paths(OTHER_REGENCY)) {
            given().baseUri(suite.gatewayUrl()).auth().oauth2(token)
                    .when().get(path)
                    .then().statusCode(403).contentType(startsWith("application/problem+json"));
        }
    }

    @Test
    void everyServiceVerifiesTheKeycloakTokenItselfWithTheRealmsKeysAndNoLongerTrustsTheDevstacksKey() {
        String token = token(KeycloakProcess.CLI_CLIENT);
        String devToken = suite.tokens().mint(USER, Set.of("viewer"), OWN_REGION, Duration.ofMinutes(5));
        List<String> paths = paths(OWN_REGION);
        List<LindungService> services = List.of(LindungService.ENROLLMENT, LindungService.BUDGET,
                LindungService.REPORTING);
        for (int i = 0; i < services.size(); i++) {
            String direct = suite.serviceUrl(services.get(i));
            given().baseUri(direct).auth().oauth2(token).when().get(paths.get(i)).then().statusCode(200);
            given().baseUri(direct).auth().oauth2(devToken).when().get(paths.get(i)).then().statusCode(401);
        }
        given().baseUri(suite.gatewayUrl()).auth().oauth2(devToken).when().get(paths.get(2)).then().statusCode(401);
    }

    @Test
    void aTokenWithoutTheAudienceLindungIsRefusedWith401() {
        String token = token(NO_AUDIENCE_CLIENT);
        for (String path : paths(OWN_REGION)) {
            given().baseUri(suite.gatewayUrl()).auth().oauth2(token).when().get(path).then().statusCode(401);
        }
        given().baseUri(suite.serviceUrl(LindungService.REPORTING)).auth().oauth2(token)
                .when().get(paths(OWN_REGION).get(2)).then().statusCode(401);
    }

    @Test
    void anExpiredTokenIsRefusedWith401() {
        String token = token(SHORT_LIVED_CLIENT);
        String coverage = paths(OWN_REGION).get(2);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().baseUri(suite.gatewayUrl()).auth().oauth2(token).when().get(coverage)
                        .statusCode() == 401);
        assertThat(given().baseUri(suite.serviceUrl(LindungService.REPORTING)).auth().oauth2(token)
                .when().get(coverage).statusCode()).isEqualTo(401);
    }

    /** One read of each service (enrollment, budget, reporting) in a region. */
    private static List<String> paths(String region) {
        return List.of("/api/v1/enrollments?region=" + region, "/api/v1/budget-lines?region=" + region,
                "/api/v1/reports/coverage/" + region);
    }

    private static String token(String client) {
        return keycloak.passwordGrant(client, USER, KeycloakProcess.DEV_PASSWORD_PREFIX + USER);
    }

    private static Map<String, Object> mapper(String name, String kind, Map<String, String> config) {
        return Map.of("name", name, "protocol", "openid-connect", "protocolMapper", kind, "config", config);
    }

    private static void createClient(String adminToken, Map<String, Object> client) {
        given().baseUri(keycloak.url()).auth().oauth2(adminToken).contentType(ContentType.JSON).body(client)
                .when().post("/admin/realms/" + KeycloakProcess.REALM + "/clients")
                .then().statusCode(201);
    }
}
