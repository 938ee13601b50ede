package id.lindung.systemtests.corpus;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The adversarial corpus of an OpenAPI document: for every operation its valid baseline request, then one request per
 * mutation of every body field and every parameter. Cases are made per operation when it is its turn, so that path
 * parameters can use what earlier operations created ({@link Fixtures}).
 */
public final class Corpus {

    /** One request of the corpus; {@code mutation} is null for the baseline. */
    public record Case(ApiOperation operation, Mutation mutation, CorpusRequest request) {

        public boolean isBaseline() { return mutation == null; }

        @Override
        public String toString() {
            return operation + " [" + (mutation == null ? "baseline" : mutation) + "]";
        }
    }

    private final ApiDoc doc;
    private final Baselines baselines;
    private final BodyMutations bodyMutations;

    public Corpus(ApiDoc doc) {
        this.doc = doc;
        this.bodyMutations = new BodyMutations(doc);
        this.baselines = new Baselines(doc, bodyMutations);
    }

    public List<ApiOperation> operations() {
        return doc.operations();
    }

    /** The baseline of the operation first, then every mutation of it. */
    public List<Case> cases(ApiOperation operation, Fixtures fixtures) {
        CorpusRequest baseline = baselines.of(operation, fixtures);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(operation, null, baseline));
        for (Mutation mutation : mutations(operation)) {
            cases.add(new Case(operation, mutation, mutation.apply().apply(baseline)));
        }
        return cases;
    }

    private List<Mutation> mutations(ApiOperation operation) {
        List<Mutation> mutations = new ArrayList<>();
        operation.parameters().forEach(parameter -> mutations.addAll(ParameterMutations.of(parameter)));
        operation.body().ifPresent(body -> {
            JsonNode valid = baselines.bodyNode(body);
            mutations.addAll(bodyMutations.of(body.schema(), valid));
        });
        return mutations;
    }
}
