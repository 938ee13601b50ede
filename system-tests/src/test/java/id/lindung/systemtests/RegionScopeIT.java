package id.lindung.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import id.lindung.devstack.LindungService;
import id.lindung.systemtests.ScopedOperations.Operation;

/**
 * Region scope, table-driven, for every operation of the merged OpenAPI document: each operation x each role (and a
 * mix of roles) is one row, each shape of the {@code region} claim one column. The expected answer of a cell comes
 * from {@link #RULES} below, written out by hand: a refused claim gets 403 problem+json; an accepted one passes on to
 * the operation's role rule (its roles in the document) and then to the operation, which answers anything but 401,
 * 403 or 5xx for a valid request within the token's region. The same table runs through the gateway and against each
 * service directly, so that neither lets through what the other refuses.
 */
@ExtendWith(RunningSuite.class)
class RegionScopeIT {

    /** The region of the tokens and of every record and request of the table: Kabupaten Tangerang. */
    private static final String REGION = "36.03";

    /** The shapes a {@code region} claim comes in; the value is what the token carries. */
    enum Shape {
        STRING(REGION), ONE_ELEMENT_ARRAY(List.of(REGION)), SEVERAL_ELEMENT_ARRAY(List.of(REGION, "36.04")), NUMBER(
                3603), GARBAGE("36.3"), NATION_ID("ID"), MISSING(
                        null), LOWER_CASE_ID("id"), EMPTY_STRING(""), OBJECT(Map.of("code", REGION)), UNKNOWN_CODE("99");

        final Object claim;

        Shape(Object claim) {
            this.claim = claim;
        }
    }

    /**
     * The rule of the scope, per set of roles, one column per {@link Shape} in its order: {@code P} the token passes on
     * to the operation's role rule, {@code R} it is refused with 403 on every operation.
     */
    private static final String RULES = """
            roles           string array several number garbage ID missing id "" object unknown
            finance         P      P     R       R      R       R  R       R  R  R      R
            planner         P      P     R       R      R       R  R       R  R  R      R
            bpjs            P      P     R       R      R       P  P       R  R  R      R
            viewer          P      P     R       R      R       P  P       R  R  R      R
            admin           P      P     P       P      P       P  P       P  P  P      P
            planner,viewer  P      P     R       R      R       R  R       R  R  R      R
            """;

    /** {@link #RULES} read: role set to one letter per shape. */
    private static final Map<Set<String>, List<String>> RULE_ROWS = rules();

    private static final AtomicLong SUBJECTS = new AtomicLong();
    private static final Map<String, String> FIXTURES = new LinkedHashMap<>();
    /** One token per role set and claim shape, so that the table measures the rule, not RSA signing. */
    private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Map<Set<String>, List<String>> rules() {
        Map<Set<String>, List<String>> rows = new LinkedHashMap<>();
        RULES.lines().skip(1).map(line -> List.of(line.trim().split("\\s+"))).forEach(row -> {
            assertThat(row).as("roles and one letter per shape: %s", row).hasSize(Shape.values().length + 1);
            rows.put(Set.of(row.get(0).split(",")), row.subList(1, row.size()));
        });
        return rows;
    }

    /** Outcome of a cell: what the rules expect against what came back. */
    record Cell(String operation, Set<String> roles, Shape shape, boolean refusalExpected, int status) {

        boolean matches() {
            return refusalExpected ? status == 403 : status != 401 && status != 403 && status < 500;
        }

        @Override
        public String toString() {
            return operation + " " + roles + " " + shape + ": expected " + (refusalExpected ? "403" : "to pass")
                    + ", got " + status;
        }
    }

    @BeforeAll
    static void recordsWithinTheRegion() {
        String year = Integer.toString(LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear());
        FIXTURES.put("region", REGION);
        FIXTURES.put("within", REGION);
        FIXTURES.put("year", year);

        TestPeople.Person person = TestPeople.next();
        given().spec(RunningSuite.gateway(RunningSuite.token("bpjs", null))).contentType(ContentType.JSON)
                .body("[" + TestPeople.enrolledRecord(person, "36.03.01.2003", REGION) + "]")
                .post("/api/v1/enrollment-events").then().statusCode(200);
        JsonNode found = ScopedOperations.readJson(given().spec(RunningSuite.gateway(RunningSuite.token("admin", null)))
                .contentType(ContentType.JSON).body(Map.of("nik", person.nik()))
                .post("/api/v1/participants/search").then().statusCode(200).extract().asString());
        JsonNode participant = found.isArray() ? found.get(0) : found.path("items").get(0);
        FIXTURES.put("participants/id", participant.path("id").asText());
        FIXTURES.put("enrollments/id", participant.path("enrollments").get(0).path("id").asText());

        String admin = RunningSuite.token("admin", null);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("fiscalYear", Integer.parseInt(year));
        line.put("region", REGION);
        line.put("budgetKind", "APBD");
        line.put("agency", Map.of("code", "5.02.0.00.0.00.01.0000", "name", "BPKAD"));
        line.put("subActivityCode", "5.02.01.2.08.0004");
        line.put("accountCode", "5.1.02.02.02.0006");
        line.put("programme", "JKK");
        line.put("targetCategory", "NON_ASN");
        line.put("targetParticipants", 100);
        line.put("amount", 50_000_000);
        line.put("externalRef", "DPA-SCOPE-" + UUID.randomUUID());
        Response posted = given().spec(RunningSuite.gateway(admin)).contentType(ContentType.JSON).body(line)
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/budget-lines");
        posted.then().statusCode(201);
        FIXTURES.put("budget-lines/id", posted.path("id"));
        FIXTURES.put("budget-lines/lineId", posted.path("id"));
        FIXTURES.put("funding-pools/poolId", posted.path("poolId"));

        Map<String, Object> sp2d = Map.of("sp2dNumber", "SCOPE/SP2D/" + UUID.randomUUID(), "sp2dDate",
                LocalDate.now(ZoneId.of("Asia/Jakarta")).toString(), "amount", 1_000_000, "monthsCovered",
                List.of(LocalDate.now(ZoneId.of("Asia/Jakarta")).toString().substring(0, 7)), "participants", 10);
        Response paid = given().spec(RunningSuite.gateway(admin)).contentType(ContentType.JSON).body(sp2d)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/budget-lines/{id}/disbursements", FIXTURES.get("budget-lines/id"));
        paid.then().statusCode(201);
        FIXTURES.put("disbursements/id", paid.path("id"));
    }

    @Test
    void everyOperationRefusesEveryClaimThatIsNotExactlyOneCodeThroughTheGateway() {
        List<Operation> operations = ScopedOperations.of(RunningSuite.suite().gatewayUrl());
        assertThat(operations).as("operations of the merged document").hasSizeGreaterThan(20);
        List<Cell> cells = run(RunningSuite.suite().gatewayUrl(), operations);
        System.out.printf("scope table through the gateway: %d rows (%d operations x %d role sets) x %d claim shapes"
                + " = %d cells%n", operations.size() * RULE_ROWS.size(), operations.size(), RULE_ROWS.size(),
                Shape.values().length, cells.size());
        assertEveryCellAnswersByTheRules(cells);
    }

    @Test
    void everyServiceRefusesTheSameClaimsWithoutTheGateway() {
        List<Cell> cells = new ArrayList<>();
        int operations = 0;
        for (LindungService service : LindungService.backends()) {
            String url = RunningSuite.suite().serviceUrl(service);
            List<Operation> own = ScopedOperations.of(url);
            operations += own.size();
            cells.addAll(run(url, own));
        }
        System.out.printf("scope table against the services directly: %d operations x %d role sets x %d claim shapes"
                + " = %d cells%n", operations, RULE_ROWS.size(), Shape.values().length, cells.size());
        assertEveryCellAnswersByTheRules(cells);
    }

    private static void assertEveryCellAnswersByTheRules(List<Cell> cells) {
        long refused = cells.stream().filter(Cell::refusalExpected).count();
        long succeeded = cells.stream().filter(cell -> !cell.refusalExpected() && cell.status() < 300).count();
        System.out.printf("  %d cells expected 403, %d expected to pass (%d of them answered 2xx)%n", refused,
                cells.size() - refused, succeeded);
        assertThat(cells.stream().filter(cell -> !cell.matches()).map(Cell::toString).toList())
                .as("cells whose answer differs from the rules").isEmpty();
    }

    private static List<Cell> run(String baseUrl, List<Operation> operations) {
        Function<String, Optional<String>> fixtures = name -> Optional.ofNullable(FIXTURES.get(name));
        List<Cell> cells = new ArrayList<>();
        for (Operation operation : operations) {
            assertThat(operation.roles()).as("%s lists the roles that may call it (@RolesAllowed)", operation.name())
                    .isNotEmpty();
            String path = ScopedOperations.path(operation, fixtures);
            for (Map.Entry<Set<String>, List<String>> rule : RULE_ROWS.entrySet()) {
                boolean roleAllowed = rule.getKey().stream().anyMatch(operation.roles()::contains);
                for (Shape shape : Shape.values()) {
                    boolean refused = rule.getValue().get(shape.ordinal()).equals("R") || !roleAllowed;
                    String token = TOKENS.computeIfAbsent(rule.getKey() + " " + shape,
                            key -> RunningSuite.suite().tokens().mintWithRegionClaim("scope-" + SUBJECTS.incrementAndGet(),
                                    rule.getKey(), shape.claim, Duration.ofMinutes(30)));
                    var spec = new RequestSpecBuilder().setBaseUri(baseUrl)
                            .addHeader("Authorization", "Bearer " + token).build();
                    Response response = ScopedOperations.request(operation, spec, REGION, fixtures)
                            .request(operation.method(), path);
                    if (response.statusCode() == 403) {
                        assertThat(response.contentType()).as("%s %s", operation.name(), shape)
                                .startsWith("application/problem+json");
                    }
                    cells.add(new Cell(operation.name(), rule.getKey(), shape, refused, response.statusCode()));
                }
            }
        }
        return cells;
    }
}
