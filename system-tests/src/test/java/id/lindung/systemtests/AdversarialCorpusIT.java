package id.lindung.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import id.lindung.devstack.LindungService;
import id.lindung.devstack.Suite;
import id.lindung.systemtests.corpus.Answer;
import id.lindung.systemtests.corpus.ApiDoc;
import id.lindung.systemtests.corpus.ApiOperation;
import id.lindung.systemtests.corpus.Corpus;
import id.lindung.systemtests.corpus.CorpusRunner;
import id.lindung.systemtests.corpus.Fixtures;
import id.lindung.systemtests.corpus.WriteProbe;

/**
 * The adversarial corpus, generated from the gateway's merged OpenAPI document: every operation's valid request, then
 * every body field and parameter broken every way {@link Corpus} knows. No answer may be a 5xx; a refusal is a
 * problem+json naming what is wrong; a refused write leaves every table of its service as it was.
 */
@ExtendWith(RunningSuite.class)
class AdversarialCorpusIT {

    /**
     * Services in the order they are tried. Each reacts to the events of the ones before it only (budget and reporting
     * to enrollment's, reporting to budget's), so the database being probed has no other writer meanwhile.
     */
    private static final List<LindungService> ORDER = List.of(LindungService.REPORTING, LindungService.BUDGET,
            LindungService.ENROLLMENT, LindungService.GATEWAY);
    private static final List<String> METHOD_TURN = List.of("POST", "PUT", "GET", "PATCH", "DELETE");
    /** Creating operations first, so that the ones with ids in their paths find something to work on. */
    private static final Comparator<ApiOperation> TURN = Comparator
            .comparingLong((ApiOperation operation) -> operation.parameters().stream()
                    .filter(parameter -> parameter.in() == ApiOperation.In.PATH).count())
            .thenComparing(operation -> METHOD_TURN.indexOf(operation.method()))
            .thenComparing(ApiOperation::path);

    private final Suite suite = RunningSuite.suite();
    private final Map<String, String> tokens = new HashMap<>();

    @Test
    void noMutationOfAnyOperationGetsA5xxAndEveryRefusalNamesTheFieldAndWritesNothing() throws Exception {
        Corpus corpus = new Corpus(ApiDoc.parse(openApi(suite.gatewayUrl())));
        Map<LindungService, List<ApiOperation>> byService = byService(corpus.operations());
        CorpusRunner runner = new CorpusRunner(suite.gatewayUrl());
        Fixtures fixtures = new Fixtures();
        Map<Answer.Fault, List<String>> faults = new EnumMap<>(Answer.Fault.class);
        int size = 0;
        for (LindungService service : ORDER) {
            try (WriteProbe probe = probeOf(service)) {
                awaitSettled(probe);
                for (ApiOperation operation : byService.getOrDefault(service, List.of())) {
                    String token = tokenFor(operation);
                    for (Corpus.Case target : corpus.cases(operation, fixtures)) {
                        Map<String, Long> before = probe != null && operation.writes() ? probe.counts() : null;
                        Answer answer = runner.send(target.request(), token);
                        size++;
                        Optional<Answer.Fault> fault = answer.judge(target);
                        if (fault.isEmpty() && before != null && answer.isClientError()) {
                            Map<String, Long> after = probe.counts();
                            if (!after.equals(before)) {
                                fault = Optional.of(Answer.Fault.HALF_WRITTEN);
                                answer = new Answer(answer.status(), answer.contentType(), answer.location(),
                                        changed(before, after) + " after " + answer.excerpt());
                            }
                        }
                        if (target.isBaseline() && answer.status() == 201) {
                            fixtures.created(operation.path(), answer.location());
                        }
                        Answer answered = answer;
                        fault.ifPresent(found -> faults.computeIfAbsent(found, key -> new ArrayList<>())
                                .add(target + " " + target.request().target() + " -> " + answered.status() + " "
                                        + answered.excerpt()));
                    }
                }
            }
        }
        int serverErrors = faults.getOrDefault(Answer.Fault.SERVER_ERROR, List.of()).size();
        System.out.printf("Adversarial corpus: %d requests over %d operations; %d answered 5xx%n", size,
                corpus.operations().size(), serverErrors);
        faults.forEach((fault, cases) -> System.out.printf("  %d x %s%n", cases.size(), fault.description));
        assertThat(faults).as(() -> faults.entrySet().stream()
                .map(entry -> entry.getKey().description + ":\n  " + String.join("\n  ", entry.getValue()))
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    private static String openApi(String baseUrl) {
        return given().baseUri(baseUrl).accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString();
    }

    /** Which service owns each operation: the one whose own document has it; the gateway's otherwise. */
    private Map<LindungService, List<ApiOperation>> byService(List<ApiOperation> operations) {
        Map<String, LindungService> owner = new HashMap<>();
        for (LindungService service : LindungService.backends()) {
            ApiDoc.parse(openApi(suite.serviceUrl(service))).operations()
                    .forEach(operation -> owner.put(operation.toString(), service));
        }
        Map<LindungService, List<ApiOperation>> byService = new LinkedHashMap<>();
        operations.stream().sorted(TURN).forEach(operation -> byService
                .computeIfAbsent(owner.getOrDefault(operation.toString(), LindungService.GATEWAY),
                        key -> new ArrayList<>())
                .add(operation));
        return byService;
    }

    private WriteProbe probeOf(LindungService service) {
        return service.database()
                .map(database -> new WriteProbe(suite.devstack().jdbcUrl(database), database, database))
                .orElse(null);
    }

    /** Until two counts a second apart agree: what earlier tests set in motion has landed. */
    private static void awaitSettled(WriteProbe probe) {
        if (probe == null) {
            return;
        }
        AtomicReference<Map<String, Long>> last = new AtomicReference<>(Map.of());
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> last.getAndSet(probe.counts()).equals(last.get()));
    }

    /** An admin token (national scope) where the document allows admin; else one of the roles it names. */
    private String tokenFor(ApiOperation operation) {
        String role = operation.roles().isEmpty() || operation.roles().contains("admin")
                ? "admin"
                : operation.roles().getFirst();
        return tokens.computeIfAbsent(role,
                key -> suite.tokens().mint("adversarial-corpus-" + key, Set.of(key), null, Duration.ofHours(2)));
    }

    private static String changed(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream()
                .filter(entry -> !entry.getValue().equals(before.get(entry.getKey())))
                .map(entry -> entry.getKey() + " " + before.get(entry.getKey()) + "->" + entry.getValue())
                .collect(Collectors.joining(", ", "rows changed: ", ""));
    }
}
