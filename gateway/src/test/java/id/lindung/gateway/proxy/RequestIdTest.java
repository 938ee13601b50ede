package id.lindung.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import id.lindung.gateway.support.GatewayTestProfile;
import id.lindung.gateway.support.Tokens;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class RequestIdTest {

    private static final String PATH = "/api/v1/enrollments?region=36";

    @Test
    void theClientsRequestIdGoesToTheBackendAndComesBackOnce() {
        Response response = given().header("Authorization", Tokens.bearer("viewer")).header("X-Request-Id", "batch-42.7")
                .when().get(PATH);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().getValues("X-Request-Id")).containsExactly("batch-42.7");
        assertThat(response.jsonPath().getString("headers.x-request-id")).isEqualTo("batch-42.7");
    }

    @Test
    void aRequestWithoutAnIdGetsOneThatTheBackendSeesToo() {
        Response response = given().header("Authorization", Tokens.bearer("viewer")).when().get(PATH);

        String id = response.header("X-Request-Id");
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(response.jsonPath().getString("headers.x-request-id")).isEqualTo(id);
    }

    @Test
    void anIdUnfitForLogsIsReplaced() {
        Response response = given().header("Authorization", Tokens.bearer("viewer"))
                .header("X-Request-Id", "x\" injected=1 <script>")
                .when().get(PATH);

        assertThat(response.header("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void theGatewaysOwnAnswersCarryTheIdInTheirBody() {
        given().header("X-Request-Id", "no-token-1")
                .when().get(PATH)
                .then().statusCode(401)
                .header("X-Request-Id", "no-token-1")
                .body("requestId", equalTo("no-token-1"));
    }
}
