package id.lindung.budget;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Budget-line requests for the API tests. */
public final class Lines {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private Lines() {
    }

    public static int thisYear() {
        return LocalDate.now(ZONE).getYear();
    }

    /** A JKK line for non-ASN of an APBD government this year. */
    public static Map<String, Object> apbd(String region, long amount) {
        Map<String, Object> line = new HashMap<>();
        line.put("fiscalYear", thisYear());
        line.put("region", region);
        line.put("budgetKind", "APBD");
        line.put("agency", Map.of("code", "5.02.0.00.0.00.01.0000", "name", "BPKAD"));
        line.put("subActivityCode", "5.02.01.2.08.0004");
        line.put("accountCode", "5.1.02.02.02.0006");
        line.put("programme", "JKK");
        line.put("targetCategory", "NON_ASN");
        line.put("targetParticipants", 100);
        line.put("amount", amount);
        line.put("externalRef", "DPA-" + UUID.randomUUID());
        return line;
    }

    /** A JKK line for village apparatus of a village's APBDes this year. */
    public static Map<String, Object> apbdes(String village, long amount) {
        Map<String, Object> line = apbd(village, amount);
        line.put("budgetKind", "APBDES");
        line.put("fundingSource", "ADD");
        line.put("accountCode", "5.1.3.04");
        line.put("targetCategory", "PERANGKAT_DESA");
        line.remove("agency");
        line.remove("subActivityCode");
        return line;
    }

    public static Map<String, Object> with(Map<String, Object> line, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(line);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }

    public static Response post(String bearer, Map<String, Object> line, String key) {
        var request = given().header("Authorization", bearer).contentType(ContentType.JSON).body(line);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/budget-lines");
    }

    /** Posts the line and answers its id, failing the test unless it was created. */
    public static String create(String bearer, Map<String, Object> line) {
        return post(bearer, line, UUID.randomUUID().toString()).then().statusCode(201).extract().path("id");
    }
}
