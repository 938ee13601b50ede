package id.lindung.reporting;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Calls on the reporting API as a national viewer unless told otherwise. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String role, String region) {
        return given().auth().oauth2(TestEvents.token(role, region));
    }

    public static RequestSpecification viewer() {
        return as("viewer", null);
    }

    public static JsonPath coverage(String region) {
        return viewer().get("/api/v1/reports/coverage/{region}", region).then().statusCode(200).extract().jsonPath();
    }

    /** Active participants of the region, 0 for a known region nobody is in yet. */
    public static long active(String region) {
        return coverage(region).getLong("active");
    }

    /** Active participants of the region in one category x segment x programme cell ("ALL" for participants). */
    public static long active(String region, String category, String segment, String programme) {
        JsonPath report = coverage(region);
        String path = "breakdown.find { it.category == '" + category + "' && it.segment == '" + segment + "' }";
        Object cell = report.get(path);
        if (cell == null) {
            return 0;
        }
        if ("ALL".equals(programme)) {
            return report.getLong(path + ".active");
        }
        Object count = report.get(path + ".byProgramme." + programme);
        return count == null ? 0 : ((Number) count).longValue();
    }
}
