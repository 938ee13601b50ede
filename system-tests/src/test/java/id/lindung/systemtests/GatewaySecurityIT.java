package id.lindung.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/** What a client without the right credentials, or with bad input, gets from the suite's one door. */
@ExtendWith(RunningSuite.class)
class GatewaySecurityIT {

    @Test
    void aCallWithoutATokenIsRefusedWith401Problem() {
        given().spec(RunningSuite.anonymous())
                .when().get("/api/v1/reports/coverage/36")
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(401));
    }

    @Test
    void aCallWithAForgedTokenIsRefusedWith401Problem() {
        String token = RunningSuite.token("viewer", null);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmVkLWJ5LW5vYm9keQ";
        given().spec(RunningSuite.gateway(forged))
                .when().get("/api/v1/reports/coverage/36")
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aViewerMayNotPushEnrollmentsAndGets403Problem() {
        TestPeople.Person person = TestPeople.next();
        given().spec(RunningSuite.gateway(RunningSuite.token("viewer", null)))
                .contentType(ContentType.JSON)
                .body("[" + TestPeople.enrolledRecord(person, "36.03.01.2003", "36.03") + "]")
                .when().post("/api/v1/enrollment-events")
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(403));
    }

    @Test
    void aBatchWhoseOnlyRecordIsInvalidGets422ProblemNamingTheField() {
        TestPeople.Person person = TestPeople.next();
        String record = TestPeople.enrolledRecord(person, "36.03.01.2003", "36.03")
                .replace("\"wageBase\": 1000000", "\"wageBase\": \"a lot\"");
        given().spec(RunningSuite.gateway(RunningSuite.token("bpjs", null)))
                .contentType(ContentType.JSON)
                .body("[" + record + "]")
                .when().post("/api/v1/enrollment-events")
                .then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("requestId", notNullValue())
                .body("errors.field", hasItem("[0].wageBase"));
    }

    @Test
    void aBodyThatIsNotJsonGets400Problem() {
        given().spec(RunningSuite.gateway(RunningSuite.token("bpjs", null)))
                .contentType(ContentType.JSON)
                .body("[{\"eventId\": ")
                .when().post("/api/v1/enrollment-events")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("body"));
    }
}
